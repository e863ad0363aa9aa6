import {
  DEFAULT_PAGE_SIZE,
  favoriteStateSchema,
  matchResultSchema,
  policyDetailSchema,
  policyPageSchema,
  type FavoriteState,
  type MatchAnswers,
  type MatchResult,
  type PolicyDetail,
  type PolicyListQuery,
  type PolicyPage
} from '@ihaigui/shared'
import { API_ORIGIN, API_PREFIX } from './config'
import { isApiRequestError } from './errors'
import { apiGet, apiGetPublic, apiRequest } from './request'
import { getSession } from './session'

/** The filters a reader sets on the policy list (page and size are added per request). */
export type PolicyFilters = Partial<Omit<PolicyListQuery, 'page' | 'pageSize'>>

export function fetchPolicyPage(filters: PolicyFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PolicyPage> {
  return apiGetPublic('/policies', policyPageSchema, {
    page,
    pageSize,
    region: filters.region,
    category: filters.category,
    targetGroup: filters.targetGroup,
    minAmount: filters.minAmount,
    sort: filters.sort
  })
}

/**
 * One published policy. Public, but sent with the session when there is one: the answer then says whether the
 * reader has it in favourites.
 */
export function fetchPolicy(id: number): Promise<PolicyDetail> {
  return apiRequest({
    path: `/policies/${encodeURIComponent(String(id))}`,
    schema: policyDetailSchema,
    auth: getSession() !== null
  })
}

/** Runs the matcher over every open policy for these answers (works signed out). */
export function matchPolicies(answers: MatchAnswers): Promise<MatchResult> {
  return apiRequest({ path: '/policies/match', method: 'POST', body: answers, schema: matchResultSchema, auth: false })
}

/** The matcher run on the talent's saved profile; null while the talent has no profile. */
export async function fetchMyPolicyMatch(): Promise<MatchResult | null> {
  try {
    return await apiGet('/policies/match/me', matchResultSchema)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'PROFILE_NOT_FOUND') return null
    throw error
  }
}

export function setPolicyFavorite(id: number, favorited: boolean): Promise<FavoriteState> {
  return apiRequest({
    path: `/policies/${encodeURIComponent(String(id))}/favorite`,
    method: favorited ? 'PUT' : 'DELETE',
    schema: favoriteStateSchema
  })
}

export function fetchFavoritePolicies(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PolicyPage> {
  return apiGet('/me/favorites/policies', policyPageSchema, { page, pageSize })
}

/** Full URL of an attachment's download path (the server gives it relative to its origin or to the API prefix). */
export function attachmentUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  if (path.startsWith(`${API_PREFIX}/`)) return `${API_ORIGIN}${path}`
  return `${API_ORIGIN}${API_PREFIX}${path.startsWith('/') ? '' : '/'}${path}`
}
