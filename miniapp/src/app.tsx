import { useState, type PropsWithChildren } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { z } from 'zod'
import { createQueryClient } from './api/query-client'
import { installRootFontSize } from './h5/root-font-size'
import { I18nProvider } from './i18n'

import './app.scss'

// Mini-program engines forbid `new Function`; tell zod up front instead of letting it probe.
z.config({ jitless: true })

if (process.env.TARO_ENV === 'h5') installRootFontSize()

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  )
}

export default App
