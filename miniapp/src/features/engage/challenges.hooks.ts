import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type ChallengeInput,
  type ChallengeRecord,
  type ChallengeStatus,
  type RespondChallenge
} from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import {
  closeChallenge,
  createChallenge,
  fetchChallenge,
  fetchChallengePage,
  fetchChallengeResponses,
  fetchMyAcceptedProjects,
  fetchMyResponses,
  fetchOrgChallenge,
  fetchOrgChallenges,
  moveResponse,
  respondToChallenge,
  updateChallenge,
  withdrawResponse,
  type ChallengeFilters,
  type UpdateChallenge
} from './challenges.api'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

export const CHALLENGE_PAGE_SIZE = 10

/**
 * Cache keys of challenges. The public list is the same for everyone; a detail depends on its reader (their
 * response, whether they may respond). The talent's responses and the organisation's challenges live under
 * `['user', id, …]`.
 */
export const challengeKeys = {
  all: ['challenges'] as const,
  list: (f: ChallengeFilters) => [...challengeKeys.all, 'list', f.q ?? '', f.field ?? ''] as const,
  details: () => [...challengeKeys.all, 'detail'] as const,
  detail: (id: number, readerId: number | undefined) => [...challengeKeys.details(), id, readerId ?? 0] as const,
  myResponses: (userId: number) => [...queryKeys.user.of(userId), 'challenge-responses'] as const,
  myProjects: (userId: number) => [...queryKeys.user.of(userId), 'accepted-projects'] as const,
  org: (userId: number) => [...queryKeys.user.of(userId), 'org-challenges'] as const,
  orgList: (userId: number, status: ChallengeStatus | undefined) =>
    [...challengeKeys.org(userId), 'list', status ?? 'all'] as const,
  orgDetail: (userId: number, id: number) => [...challengeKeys.org(userId), 'detail', id] as const,
  orgResponses: (userId: number, id: number) => [...challengeKeys.org(userId), 'responses', id] as const
}

const nextPage = (last: { page: number; pageSize: number; total: number }) =>
  hasNextPage(last) ? last.page + 1 : undefined

export function useChallengeList(filters: ChallengeFilters) {
  return useInfiniteQuery({
    queryKey: challengeKeys.list(filters),
    queryFn: ({ pageParam }) => fetchChallengePage(filters, pageParam, CHALLENGE_PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

/** One challenge; an id from the URL that is not an id fails like an unknown challenge, without a request. */
export function useChallenge(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: challengeKeys.detail(id ?? 0, userId),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'CHALLENGE_NOT_FOUND', locale: getLocale() })
      return fetchChallenge(id)
    }
  })
}

/** After a response was sent, withdrawn or moved: the details, counts and both sides' lists. */
function responsesChanged(queryClient: QueryClient, userId: number | undefined) {
  void queryClient.invalidateQueries({ queryKey: challengeKeys.all })
  if (userId !== undefined) {
    void queryClient.invalidateQueries({ queryKey: challengeKeys.myResponses(userId) })
    void queryClient.invalidateQueries({ queryKey: challengeKeys.org(userId) })
  }
}

export function useRespondToChallenge(challengeId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: RespondChallenge) => respondToChallenge(challengeId, input),
    onSettled: () => responsesChanged(queryClient, userId)
  })
}

export function useWithdrawResponse() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (challengeId: number) => withdrawResponse(challengeId),
    onSettled: () => responsesChanged(queryClient, userId)
  })
}

export function useMyResponses() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: challengeKeys.myResponses(userId ?? 0),
    queryFn: ({ pageParam }) => fetchMyResponses(pageParam, CHALLENGE_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useMyAcceptedProjects() {
  const userId = useUserId()
  return useQuery({
    queryKey: challengeKeys.myProjects(userId ?? 0),
    queryFn: fetchMyAcceptedProjects,
    enabled: userId !== undefined
  })
}

export function useOrgChallenges(status: ChallengeStatus | undefined) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: challengeKeys.orgList(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchOrgChallenges(status, pageParam, CHALLENGE_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useOrgChallenge(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: challengeKeys.orgDetail(userId ?? 0, id ?? 0),
    queryFn: () => fetchOrgChallenge(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export type ChallengeAction =
  | { kind: 'create'; input: ChallengeInput }
  | { kind: 'update'; id: number; input: UpdateChallenge }
  | { kind: 'close'; id: number }

function runChallengeAction(action: ChallengeAction): Promise<ChallengeRecord> {
  switch (action.kind) {
    case 'create':
      return createChallenge(action.input)
    case 'update':
      return updateChallenge(action.id, action.input)
    case 'close':
      return closeChallenge(action.id)
  }
}

/** Everything the organisation does to a challenge; its lists and the public side follow. */
export function useChallengeAction() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: runChallengeAction,
    onSuccess: (record) => {
      if (userId !== undefined) {
        queryClient.setQueryData(challengeKeys.orgDetail(userId, record.id), record)
        void queryClient.invalidateQueries({ queryKey: [...challengeKeys.org(userId), 'list'] })
      }
      void queryClient.invalidateQueries({ queryKey: challengeKeys.all })
    }
  })
}

export function useChallengeResponses(challengeId: number) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: challengeKeys.orgResponses(userId ?? 0, challengeId),
    queryFn: ({ pageParam }) => fetchChallengeResponses(challengeId, pageParam, CHALLENGE_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useMoveResponse(challengeId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({
      responseId,
      status,
      note
    }: {
      responseId: number
      status: 'shortlisted' | 'picked'
      note: string | null
    }) => moveResponse(challengeId, responseId, { status, note }),
    onSettled: () => responsesChanged(queryClient, userId)
  })
}
