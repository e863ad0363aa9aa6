import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { hasNextPage, idParamSchema, type MatchAnswers, type PolicyDetail, type SearchType } from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import {
  fetchFavoritePolicies,
  fetchMyPolicyMatch,
  fetchPolicy,
  fetchPolicyPage,
  matchPolicies,
  setPolicyFavorite,
  type PolicyFilters
} from './policies.api'
import { queryKeys } from '@/api/query-keys'
import { searchContent } from './search.api'
import { useUserId } from '@/features/account/session.hooks'

export const POLICY_LIST_PAGE_SIZE = 10
export const SEARCH_PAGE_SIZE = 10

/**
 * Cache keys of policies, the matcher, favourites and search. A policy's detail depends on who reads it
 * (`favorited`), so its key carries the reader; the signed-in user's own lists live under `['user', id, …]`.
 */
export const discoveryKeys = {
  policies: ['policies'] as const,
  policyLists: () => [...discoveryKeys.policies, 'list'] as const,
  policyList: (filters: PolicyFilters) =>
    [
      ...discoveryKeys.policyLists(),
      filters.region ?? '',
      filters.category ?? '',
      filters.targetGroup ?? '',
      filters.minAmount ?? 0,
      filters.sort ?? 'newest'
    ] as const,
  policyDetails: () => [...discoveryKeys.policies, 'detail'] as const,
  policyDetail: (id: number, readerId: number | undefined) =>
    [...discoveryKeys.policyDetails(), id, readerId ?? 0] as const,
  favorites: (userId: number) => [...queryKeys.user.of(userId), 'favorite-policies'] as const,
  myMatch: (userId: number) => [...queryKeys.user.of(userId), 'policy-match'] as const,
  search: (q: string, type: SearchType | undefined) => ['search', q, type ?? 'all'] as const
}

/** Published policies under the reader's filters, page by page. */
export function usePolicyList(filters: PolicyFilters) {
  return useInfiniteQuery({
    queryKey: discoveryKeys.policyList(filters),
    queryFn: ({ pageParam }) => fetchPolicyPage(filters, pageParam, POLICY_LIST_PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** One policy; an id from the URL that is not a valid id fails like an unknown one, without asking the server. */
export function usePolicy(id: number | string | undefined) {
  const userId = useUserId()
  const parsed = idParamSchema.safeParse({ id })
  const validId = parsed.success ? parsed.data.id : undefined
  return useQuery({
    queryKey: discoveryKeys.policyDetail(validId ?? 0, userId),
    queryFn: () => {
      if (validId === undefined)
        throw new ApiRequestError({ status: 404, code: 'POLICY_NOT_FOUND', locale: getLocale() })
      return fetchPolicy(validId)
    }
  })
}

/** Adds a policy to the signed-in user's favourites or takes it out; the detail and the favourites list follow. */
export function useTogglePolicyFavorite() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, favorited }: { id: number; favorited: boolean }) => setPolicyFavorite(id, favorited),
    onSuccess: (state, { id }) => {
      queryClient.setQueryData<PolicyDetail>(discoveryKeys.policyDetail(id, userId), (detail) =>
        detail ? { ...detail, favorited: state.favorited, favoriteCount: state.favoriteCount } : detail
      )
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: discoveryKeys.favorites(userId) })
    }
  })
}

/** The signed-in user's saved policies, newest first. */
export function useFavoritePolicies() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: discoveryKeys.favorites(userId ?? 0),
    queryFn: ({ pageParam }) => fetchFavoritePolicies(pageParam, POLICY_LIST_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** The matcher on the talent's saved profile (its `answers` prefill the questionnaire); only asked when `enabled`. */
export function useMyPolicyMatch(enabled: boolean) {
  const userId = useUserId()
  return useQuery({
    queryKey: discoveryKeys.myMatch(userId ?? 0),
    queryFn: fetchMyPolicyMatch,
    enabled: enabled && userId !== undefined,
    // A prefill only: a failure (no consent yet, say) leaves the questionnaire blank rather than showing an error.
    retry: false
  })
}

export function useMatchPolicies() {
  return useMutation({ mutationFn: (answers: MatchAnswers) => matchPolicies(answers) })
}

/** Search hits for a query (nothing is asked for a blank one), page by page. */
export function useSearch(q: string, type: SearchType | undefined) {
  return useInfiniteQuery({
    queryKey: discoveryKeys.search(q, type),
    queryFn: ({ pageParam }) => searchContent(q, type, pageParam, SEARCH_PAGE_SIZE),
    enabled: q.length > 0,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}
