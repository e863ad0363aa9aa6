import { useSyncExternalStore } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Me } from '@ihaigui/shared'
import { fetchMe } from './account.api'
import { queryKeys } from '@/api/query-keys'
import { getSession, subscribeSession, updateSessionUser, type Session } from '@/api/session'

/** The signed-in session (null when signed out); re-renders on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession)
}

/** Id of the signed-in user, for query keys. */
export function useUserId(): number | undefined {
  return useSession()?.user.id
}

/**
 * The signed-in user from /me, shown at once from the copy kept with the session and refreshed from the server.
 * Disabled (no data) when signed out.
 */
export function useMe() {
  const session = useSession()
  const userId = session?.user.id
  return useQuery({
    queryKey: queryKeys.user.me(userId ?? 0),
    queryFn: fetchMe,
    enabled: userId !== undefined,
    initialData: session?.user,
    // The stored copy may be old: show it, but ask the server straight away.
    initialDataUpdatedAt: 0
  })
}

/** Puts a fresh Me (from any answer that carries it) into the cache and the session. */
export function useApplyMe(): (me: Me) => void {
  const queryClient = useQueryClient()
  return (me: Me) => {
    updateSessionUser(me)
    queryClient.setQueryData(queryKeys.user.me(me.id), me)
  }
}
