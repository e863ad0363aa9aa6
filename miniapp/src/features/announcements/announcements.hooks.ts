import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { announcementIdParamSchema, hasNextPage, type AnnouncementCategory } from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { fetchAnnouncement, fetchAnnouncementPage, fetchHomeAnnouncements } from './announcements.api'
import { ApiRequestError } from '@/api/errors'
import { queryKeys } from '@/api/query-keys'

export const ANNOUNCEMENT_LIST_PAGE_SIZE = 10

/** Published announcements of one category (all when undefined), page by page. */
export function useAnnouncementList(category?: AnnouncementCategory) {
  return useInfiniteQuery({
    queryKey: queryKeys.announcements.list(category),
    queryFn: ({ pageParam }) =>
      fetchAnnouncementPage({ page: pageParam, pageSize: ANNOUNCEMENT_LIST_PAGE_SIZE, category }),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/**
 * One announcement. The id comes from a URL, so one that is not a valid id fails like an unknown one
 * (ANNOUNCEMENT_NOT_FOUND) without reaching the server.
 */
export function useAnnouncement(id: number | string | undefined) {
  const parsed = announcementIdParamSchema.safeParse({ id })
  const validId = parsed.success ? parsed.data.id : undefined
  return useQuery({
    queryKey: queryKeys.announcements.detail(validId ?? 0),
    queryFn: () => {
      if (validId === undefined) {
        throw new ApiRequestError({ status: 404, code: 'ANNOUNCEMENT_NOT_FOUND', locale: getLocale() })
      }
      return fetchAnnouncement(validId)
    }
  })
}

/** Pinned announcements and the five newest others, for the home page. */
export function usePinnedAndLatest() {
  return useQuery({
    queryKey: queryKeys.announcements.home(),
    queryFn: fetchHomeAnnouncements
  })
}
