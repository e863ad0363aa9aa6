import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type IntentionStatus,
  type MoveIntention,
  type ProposeToOrganization,
  type ProposeToTalent
} from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import {
  fetchIntention,
  fetchIntentions,
  moveIntention,
  proposeToOrganization,
  proposeToTalent,
  type IntentionSide
} from './intentions.api'
import { projectKeys } from '@/features/projects/projects.hooks'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

export const INTENTION_PAGE_SIZE = 10

/**
 * Intentions are the signed-in user's own data (as a party): under `['user', id, …]`. The other side moves them on
 * at any time, so every page that shows one asks again when it opens.
 */
export const intentionKeys = {
  all: (userId: number) => [...queryKeys.user.of(userId), 'intentions'] as const,
  list: (userId: number, side: IntentionSide, status?: IntentionStatus) =>
    [...intentionKeys.all(userId), 'list', side, status ?? 'all'] as const,
  detail: (userId: number, id: number) => [...intentionKeys.all(userId), 'detail', id] as const
}

export function useIntentions(side: IntentionSide, status?: IntentionStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: intentionKeys.list(userId ?? 0, side, status),
    queryFn: ({ pageParam }) => fetchIntentions(side, status, pageParam, INTENTION_PAGE_SIZE),
    enabled: userId !== undefined,
    staleTime: 0,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useIntention(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: intentionKeys.detail(userId ?? 0, id ?? 0),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'INTENTION_NOT_FOUND', locale: getLocale() })
      return fetchIntention(id)
    },
    enabled: userId !== undefined,
    staleTime: 0
  })
}

export type ProposeArgs =
  { to: 'talent'; input: ProposeToTalent } | { to: 'organization'; input: ProposeToOrganization }

/** A new intention: the lists show it, and the project or talent it names can no longer be proposed to. */
export function usePropose() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (args: ProposeArgs) =>
      args.to === 'talent' ? proposeToTalent(args.input) : proposeToOrganization(args.input),
    onSuccess: () => {
      if (userId !== undefined) {
        void queryClient.invalidateQueries({ queryKey: intentionKeys.all(userId) })
        void queryClient.invalidateQueries({ queryKey: [...queryKeys.user.of(userId), 'talents'] })
      }
      void queryClient.invalidateQueries({ queryKey: projectKeys.all })
    }
  })
}

export function useMoveIntention(id: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: MoveIntention) => moveIntention(id, input),
    onSuccess: (detail) => {
      if (userId === undefined) return
      queryClient.setQueryData(intentionKeys.detail(userId, id), detail)
      void queryClient.invalidateQueries({ queryKey: [...intentionKeys.all(userId), 'list'] })
      // A closed intention lets the organisation propose on the project again.
      void queryClient.invalidateQueries({ queryKey: projectKeys.details() })
    }
  })
}
