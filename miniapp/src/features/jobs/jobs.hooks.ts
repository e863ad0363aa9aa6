import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { MAX_PAGE_SIZE, hasNextPage, type ApplicationStatus, type Apply, type PositionDetail } from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import {
  applyToPosition,
  fetchFavoritePositions,
  fetchMyApplication,
  fetchMyApplications,
  fetchPosition,
  fetchPositionPage,
  setPositionFavorite,
  withdrawApplication,
  type PositionFilters
} from './jobs.api'
import {
  fetchNotifications,
  fetchUnreadCount,
  markAllNotificationsRead,
  markNotificationRead
} from '@/features/inbox/notifications.api'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

export const POSITION_LIST_PAGE_SIZE = 10
export const APPLICATION_LIST_PAGE_SIZE = 10
export const NOTIFICATION_PAGE_SIZE = 15

/**
 * Cache keys of positions, applications and the inbox. A position's detail depends on who reads it (`favorited`,
 * `applied`), so its key carries the reader; the signed-in user's own lists live under `['user', id, …]`.
 */
export const jobKeys = {
  positions: ['positions'] as const,
  positionLists: () => [...jobKeys.positions, 'list'] as const,
  positionList: (f: PositionFilters) =>
    [
      ...jobKeys.positionLists(),
      f.q ?? '',
      f.industry ?? '',
      f.function ?? '',
      f.district ?? '',
      f.minDegree ?? '',
      f.minSalary ?? 0,
      f.postedWithin ?? ''
    ] as const,
  positionDetails: () => [...jobKeys.positions, 'detail'] as const,
  positionDetail: (id: number, readerId: number | undefined) =>
    [...jobKeys.positionDetails(), id, readerId ?? 0] as const,
  favorites: (userId: number) => [...queryKeys.user.of(userId), 'favorite-positions'] as const,
  applications: (userId: number) => [...queryKeys.user.of(userId), 'applications'] as const,
  applicationList: (userId: number, status?: ApplicationStatus) =>
    [...jobKeys.applications(userId), 'list', status ?? 'all'] as const,
  application: (userId: number, id: number) => [...jobKeys.applications(userId), 'detail', id] as const,
  /** The application of one position, looked up from the talent's list. */
  applicationFor: (userId: number, positionId: number) =>
    [...jobKeys.applications(userId), 'for-position', positionId] as const,
  inbox: (userId: number) => [...queryKeys.user.of(userId), 'notifications'] as const,
  unread: (userId: number) => [...queryKeys.user.of(userId), 'notifications-unread'] as const
}

/** Open positions under the talent's filters, page by page. */
export function usePositionList(filters: PositionFilters) {
  return useInfiniteQuery({
    queryKey: jobKeys.positionList(filters),
    queryFn: ({ pageParam }) => fetchPositionPage(filters, pageParam, POSITION_LIST_PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** One position; an id from the URL that is not an id fails like an unknown position, without a request. */
export function usePosition(rawId: string | undefined, channel?: string) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: jobKeys.positionDetail(id ?? 0, userId),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'POSITION_NOT_FOUND', locale: getLocale() })
      return fetchPosition(id, channel)
    }
  })
}

/** Saves a position or takes it out of the favourites; the detail and the favourites list follow. */
export function useTogglePositionFavorite() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, favorited }: { id: number; favorited: boolean }) => setPositionFavorite(id, favorited),
    onSuccess: (state, { id }) => {
      queryClient.setQueryData<PositionDetail>(jobKeys.positionDetail(id, userId), (detail) =>
        detail ? { ...detail, favorited: state.favorited } : detail
      )
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: jobKeys.favorites(userId) })
    }
  })
}

export function useFavoritePositions() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: jobKeys.favorites(userId ?? 0),
    queryFn: ({ pageParam }) => fetchFavoritePositions(pageParam, POSITION_LIST_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useApply(positionId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: Apply; idempotencyKey: string }) =>
      applyToPosition(positionId, input, idempotencyKey),
    onSettled: () => {
      // Whatever the outcome, "applied" on the detail may have changed.
      void queryClient.invalidateQueries({ queryKey: jobKeys.positionDetails() })
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: jobKeys.applications(userId) })
    }
  })
}

/** The talent's applications, in one state or all, newest first. */
export function useMyApplications(status?: ApplicationStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: jobKeys.applicationList(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchMyApplications(status, pageParam, APPLICATION_LIST_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useMyApplication(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: jobKeys.application(userId ?? 0, id ?? 0),
    queryFn: () => {
      if (id === undefined)
        throw new ApiRequestError({ status: 404, code: 'APPLICATION_NOT_FOUND', locale: getLocale() })
      return fetchMyApplication(id)
    },
    enabled: userId !== undefined
  })
}

/**
 * The id of the talent's application to a position, for the "Applied" link on its detail page: looked up in the
 * newest applications (one request; null when it is further back, and the link then opens the whole list).
 */
export function useApplicationIdFor(positionId: number, enabled: boolean) {
  const userId = useUserId()
  return useQuery({
    queryKey: jobKeys.applicationFor(userId ?? 0, positionId),
    queryFn: async () => {
      const page = await fetchMyApplications(undefined, 1, MAX_PAGE_SIZE)
      return page.items.find((a) => a.position.id === positionId)?.id ?? null
    },
    enabled: enabled && userId !== undefined
  })
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (id: number) => withdrawApplication(id),
    onSuccess: (application) => {
      if (userId === undefined) return
      queryClient.setQueryData(jobKeys.application(userId, application.id), application)
      void queryClient.invalidateQueries({ queryKey: jobKeys.applications(userId) })
      void queryClient.invalidateQueries({ queryKey: jobKeys.positionDetails() })
    }
  })
}

/** The signed-in user's inbox, newest first. */
export function useNotifications() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: jobKeys.inbox(userId ?? 0),
    queryFn: ({ pageParam }) => fetchNotifications(pageParam, NOTIFICATION_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** Unread messages of the signed-in user (0 signed out). */
export function useUnreadCount(enabled = true) {
  const userId = useUserId()
  return useQuery({
    queryKey: jobKeys.unread(userId ?? 0),
    queryFn: fetchUnreadCount,
    enabled: enabled && userId !== undefined,
    // A badge: a failure shows nothing rather than an error.
    retry: false
  })
}

function useRefreshInbox() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return () => {
    if (userId === undefined) return
    void queryClient.invalidateQueries({ queryKey: jobKeys.inbox(userId) })
    void queryClient.invalidateQueries({ queryKey: jobKeys.unread(userId) })
  }
}

export function useMarkNotificationRead() {
  const refresh = useRefreshInbox()
  return useMutation({ mutationFn: (id: number) => markNotificationRead(id), onSuccess: refresh })
}

export function useMarkAllNotificationsRead() {
  const refresh = useRefreshInbox()
  return useMutation({ mutationFn: () => markAllNotificationsRead(), onSuccess: refresh })
}
