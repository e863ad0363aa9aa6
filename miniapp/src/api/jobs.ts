import {
  DEFAULT_PAGE_SIZE,
  applicationPageSchema,
  applicationSchema,
  favoriteStateSchema,
  positionDetailSchema,
  positionPageSchema,
  type Application,
  type ApplicationStatus,
  type FavoriteState,
  type PositionDetail,
  type PositionListQuery,
  type PositionPage
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiGetPublic, apiRequest } from './request'
import { getSession } from './session'

/** The filters a talent sets on the position list (page and size are added per request). */
export type PositionFilters = Partial<Omit<PositionListQuery, 'page' | 'pageSize'>>

type ApplicationPage = z.infer<typeof applicationPageSchema>

const positionPath = (id: number) => `/positions/${encodeURIComponent(String(id))}`

export function fetchPositionPage(filters: PositionFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PositionPage> {
  return apiGetPublic('/positions', positionPageSchema, {
    page,
    pageSize,
    q: filters.q,
    industry: filters.industry,
    function: filters.function,
    district: filters.district,
    minDegree: filters.minDegree,
    minSalary: filters.minSalary,
    postedWithin: filters.postedWithin
  })
}

/**
 * One open position. Public, but sent with the session when there is one (the answer then says whether the talent
 * saved it or applied); `channel` is the liaison tag the reader arrived through, counted with the view.
 */
export function fetchPosition(id: number, channel?: string): Promise<PositionDetail> {
  return apiRequest({
    path: positionPath(id),
    query: { channel },
    schema: positionDetailSchema,
    auth: getSession() !== null
  })
}

export function setPositionFavorite(id: number, favorited: boolean): Promise<FavoriteState> {
  return apiRequest({ path: `${positionPath(id)}/favorite`, method: favorited ? 'PUT' : 'DELETE', schema: favoriteStateSchema })
}

export function fetchFavoritePositions(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PositionPage> {
  return apiGet('/me/favorites/positions', positionPageSchema, { page, pageSize })
}

export interface ApplyInput {
  message: string
  channel: string | null
}

/**
 * Sends an application. `idempotencyKey` is made once per form and sent again on a retry, so a request that
 * reached the server but whose answer was lost does not create a second application.
 */
export function applyToPosition(positionId: number, input: ApplyInput, idempotencyKey: string): Promise<Application> {
  return apiRequest({
    path: `${positionPath(positionId)}/applications`,
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: applicationSchema
  })
}

export function fetchMyApplications(status: ApplicationStatus | undefined, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ApplicationPage> {
  return apiGet('/me/applications', applicationPageSchema, { page, pageSize, status })
}

export function fetchMyApplication(id: number): Promise<Application> {
  return apiGet(`/me/applications/${encodeURIComponent(String(id))}`, applicationSchema)
}

export function withdrawApplication(id: number): Promise<Application> {
  return apiRequest({ path: `/me/applications/${encodeURIComponent(String(id))}/withdraw`, method: 'POST', schema: applicationSchema })
}
