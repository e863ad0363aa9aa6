import {
  API,
  DEFAULT_PAGE_SIZE,
  type FavoriteState,
  type MatchAnswers,
  type MatchResult,
  type PolicyDetail,
  type PolicyListQuery,
  type PolicyPage
} from '@ihaigui/shared'
import { API_ORIGIN, API_PREFIX } from '@/api/config'
import { isApiRequestError } from '@/api/errors'
import { callApi } from '@/api/request'
import { getSession } from '@/api/session'

/** The filters a reader sets on the policy list (page and size are added per request). */
export type PolicyFilters = Partial<Omit<PolicyListQuery, 'page' | 'pageSize'>>

export function fetchPolicyPage(filters: PolicyFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PolicyPage> {
  return callApi(API.policies.list, {
    query: {
      page,
      pageSize,
      region: filters.region,
      category: filters.category,
      targetGroup: filters.targetGroup,
      minAmount: filters.minAmount,
      sort: filters.sort
    }
  })
}

/**
 * One published policy. Public, but sent with the session when there is one: the answer then says whether the
 * reader has it in favourites.
 */
export function fetchPolicy(id: number): Promise<PolicyDetail> {
  return callApi(API.policies.detail, { params: { id } }, { auth: getSession() !== null })
}

/** Runs the matcher over every open policy for these answers (works signed out). */
export function matchPolicies(answers: MatchAnswers): Promise<MatchResult> {
  return callApi(API.policies.match, { body: answers })
}

/** The matcher run on the talent's saved profile; null while the talent has no profile. */
export async function fetchMyPolicyMatch(): Promise<MatchResult | null> {
  try {
    return await callApi(API.policies.matchMe)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'PROFILE_NOT_FOUND') return null
    throw error
  }
}

export function setPolicyFavorite(id: number, favorited: boolean): Promise<FavoriteState> {
  return favorited
    ? callApi(API.policies.favorite, { params: { id }, body: {} })
    : callApi(API.policies.unfavorite, { params: { id } })
}

export function fetchFavoritePolicies(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PolicyPage> {
  return callApi(API.policies.favorites, { query: { page, pageSize } })
}

/** Full URL of an attachment's download path (the server gives it relative to its origin or to the API prefix). */
export function attachmentUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  if (path.startsWith(`${API_PREFIX}/`)) return `${API_ORIGIN}${path}`
  return `${API_ORIGIN}${API_PREFIX}${path.startsWith('/') ? '' : '/'}${path}`
}
