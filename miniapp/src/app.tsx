import { useEffect, useState, type PropsWithChildren } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { createQueryClient } from './api/query-client'
import { queryKeys } from './api/query-keys'
import { getSession, onSessionExpired, subscribeSession } from './api/session'
import { installButtonRoles } from './h5/button-roles'
import { installPageShadeGuard } from './h5/page-shade-guard'
import { installRootFontSize } from './h5/root-font-size'
import { I18nProvider } from './i18n'
import { redirectToLoginAfterExpiry } from './navigation'
import { installLive } from './live/live'

import './app.scss'

// Mini-program engines forbid `new Function`; tell zod up front instead of letting it probe.
z.config({ jitless: true })

if (process.env.TARO_ENV === 'h5') {
  installRootFontSize()
  installButtonRoles()
  installPageShadeGuard()
}

// A refused refresh ends the session: go to the login page, and come back to this page afterwards.
onSessionExpired(redirectToLoginAfterExpiry)
// One live socket per signed-in session: pushed 洽谈 messages and changes.
installLive()

/**
 * Keeps the query cache in step with the session: when the signed-in user changes (sign-out, another account) the
 * previous user's cached data goes; when an answer refreshed the session's user record (consent, phone…), /me's
 * cache entry gets it too.
 */
function useSessionCacheSync(queryClient: QueryClient) {
  useEffect(() => {
    let userId = getSession()?.user.id
    return subscribeSession(() => {
      const session = getSession()
      const next = session?.user.id
      if (next !== userId && userId !== undefined) queryClient.removeQueries({ queryKey: queryKeys.user.of(userId) })
      userId = next
      if (session && queryClient.getQueryData(queryKeys.user.me(session.user.id)) !== session.user) {
        queryClient.setQueryData(queryKeys.user.me(session.user.id), session.user)
      }
    })
  }, [queryClient])
}

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)
  useSessionCacheSync(queryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  )
}

export default App
