import { useEffect, useState, type PropsWithChildren } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { createQueryClient } from './api/query-client'
import { queryKeys } from './api/query-keys'
import { getSession, onSessionExpired, subscribeSession } from './api/session'
import { installRootFontSize } from './h5/root-font-size'
import { I18nProvider } from './i18n'
import { redirectToLoginAfterExpiry } from './navigation'

import './app.scss'

// Mini-program engines forbid `new Function`; tell zod up front instead of letting it probe.
z.config({ jitless: true })

if (process.env.TARO_ENV === 'h5') installRootFontSize()

// A refused refresh ends the session: go to the login page, and come back to this page afterwards.
onSessionExpired(redirectToLoginAfterExpiry)

/** When the signed-in user changes (sign-out, another account), drop the previous user's cached data. */
function useForgetPreviousUser(queryClient: QueryClient) {
  useEffect(() => {
    let userId = getSession()?.user.id
    return subscribeSession(() => {
      const next = getSession()?.user.id
      if (next === userId) return
      if (userId !== undefined) queryClient.removeQueries({ queryKey: queryKeys.user.of(userId) })
      userId = next
    })
  }, [queryClient])
}

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)
  useForgetPreviousUser(queryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  )
}

export default App
