import { QueryClient } from '@tanstack/react-query'
import { isApiRequestError } from './errors'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        // A 404 or a contract break will not heal by asking again; a network blip might, so try once more, soon:
        // the user is looking at a spinner meanwhile and has a Retry button after that.
        retry: (failureCount, error) => {
          if (isApiRequestError(error) && (error.isClientError || error.code === 'INVALID_RESPONSE')) return false
          return failureCount < 1
        },
        retryDelay: 800,
        // Mini-programs have no window focus; pages refetch explicitly (pull-down refresh, retry).
        refetchOnWindowFocus: false
      }
    }
  })
}
