import {
  API,
  DEFAULT_PAGE_SIZE,
  type Application,
  type ApplicationStatus,
  type Apply,
  type FavoriteState,
  type PositionDetail,
  type PositionListQuery,
  type PositionPage,
  type RouteOutput
} from '@ihaigui/shared'
import { callApi } from '@/api/request'
import { getSession } from '@/api/session'

/** The filters a talent sets on the position list (page and size are added per request). */
export type PositionFilters = Partial<Omit<PositionListQuery, 'page' | 'pageSize'>>

type ApplicationPage = RouteOutput<typeof API.applications.mine>

export function fetchPositionPage(
  filters: PositionFilters,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<PositionPage> {
  return callApi(API.positions.list, { query: { ...filters, page, pageSize } })
}

/**
 * One open position. Public, but sent with the session when there is one (the answer then says whether the talent
 * saved it or applied); `channel` is the liaison tag the reader arrived through, counted with the view.
 */
export function fetchPosition(id: number, channel?: string): Promise<PositionDetail> {
  return callApi(API.positions.detail, { params: { id }, query: { channel } }, { auth: getSession() !== null })
}

export function setPositionFavorite(id: number, favorited: boolean): Promise<FavoriteState> {
  return favorited
    ? callApi(API.positions.favorite, { params: { id }, body: {} })
    : callApi(API.positions.unfavorite, { params: { id } })
}

export function fetchFavoritePositions(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PositionPage> {
  return callApi(API.positions.favorites, { query: { page, pageSize } })
}

/**
 * Sends an application. `idempotencyKey` is made once per form and sent again on a retry, so a request that
 * reached the server but whose answer was lost does not create a second application.
 */
export function applyToPosition(positionId: number, input: Apply, idempotencyKey: string): Promise<Application> {
  return callApi(
    API.applications.apply,
    { params: { id: positionId }, body: input },
    { headers: { 'Idempotency-Key': idempotencyKey } }
  )
}

export function fetchMyApplications(
  status: ApplicationStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ApplicationPage> {
  return callApi(API.applications.mine, { query: { page, pageSize, status } })
}

export function fetchMyApplication(id: number): Promise<Application> {
  return callApi(API.applications.myDetail, { params: { id } })
}

export function withdrawApplication(id: number): Promise<Application> {
  return callApi(API.applications.withdraw, { params: { id }, body: {} })
}
