import {
  API,
  DEFAULT_PAGE_SIZE,
  hasNextPage,
  type AnnouncementDetail,
  type AnnouncementListQuery,
  type AnnouncementPage,
  type AnnouncementSummary
} from '@ihaigui/shared'
import { callApi } from '@/api/request'

export function fetchAnnouncementPage(query: Partial<AnnouncementListQuery> = {}): Promise<AnnouncementPage> {
  return callApi(API.announcements.list, {
    query: { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE, category: query.category }
  })
}

export function fetchAnnouncement(id: number): Promise<AnnouncementDetail> {
  return callApi(API.announcements.detail, { params: { id } })
}

export interface HomeAnnouncements {
  pinned: AnnouncementSummary[]
  latest: AnnouncementSummary[]
  /** Published announcements in all. */
  total: number
}

export const HOME_PINNED_MAX = 3
export const HOME_LATEST_COUNT = 5
const HOME_PAGE_SIZE = 20
const HOME_MAX_PAGES = 3

/**
 * Home needs the pinned items and the newest unpinned ones. The list comes pinned-first, so read pages until
 * enough unpinned items have appeared (normally one request; bounded at three).
 */
export async function fetchHomeAnnouncements(): Promise<HomeAnnouncements> {
  const pinned: AnnouncementSummary[] = []
  const latest: AnnouncementSummary[] = []
  let total = 0
  for (let page = 1; page <= HOME_MAX_PAGES; page += 1) {
    const result = await fetchAnnouncementPage({ page, pageSize: HOME_PAGE_SIZE })
    total = result.total
    for (const item of result.items) (item.pinned ? pinned : latest).push(item)
    if (latest.length >= HOME_LATEST_COUNT || !hasNextPage(result)) break
  }
  return { pinned: pinned.slice(0, HOME_PINNED_MAX), latest: latest.slice(0, HOME_LATEST_COUNT), total }
}
