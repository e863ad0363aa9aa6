import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { hasNextPage, type EventDetail, type EventKind } from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import {
  cancelRegistration,
  fetchEvent,
  fetchEventPage,
  fetchMyEvents,
  markInterest,
  registerForEvent,
  type EventWhen
} from './events.api'
import { parseIdParam } from '@/api/id-param'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

export const EVENT_PAGE_SIZE = 10

/**
 * Cache keys of events. A detail depends on who reads it (the registration, the live link, interest marks), so its
 * key carries the reader; lists are the same for all; the reader's own events live under `['user', id, …]`.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (kind: EventKind | undefined, when: EventWhen) => [...eventKeys.lists(), kind ?? 'all', when] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: number, readerId: number | undefined) => [...eventKeys.details(), id, readerId ?? 0] as const,
  mine: (userId: number) => [...queryKeys.user.of(userId), 'events'] as const,
  mineList: (userId: number, when: EventWhen) => [...eventKeys.mine(userId), when] as const
}

const nextPage = (last: { page: number; pageSize: number; total: number }) =>
  hasNextPage(last) ? last.page + 1 : undefined

export function useEventList(kind: EventKind | undefined, when: EventWhen) {
  return useInfiniteQuery({
    queryKey: eventKeys.list(kind, when),
    queryFn: ({ pageParam }) => fetchEventPage(kind, when, pageParam, EVENT_PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

/** One event; an id from the URL that is not an id fails like an unknown event, without a request. */
export function useEvent(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: eventKeys.detail(id ?? 0, userId),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'EVENT_NOT_FOUND', locale: getLocale() })
      return fetchEvent(id)
    }
  })
}

export function useMyEvents(when: EventWhen) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: eventKeys.mineList(userId ?? 0, when),
    queryFn: ({ pageParam }) => fetchMyEvents(when, pageParam, EVENT_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage,
    // Lists key their rows by id: a row is the registration.
    select: (data) => ({
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => ({ ...item, id: item.registration.id }))
      }))
    })
  })
}

/** After a registration changed: the counts on every list and detail, and the reader's own events. */
function useRegistrationChanged() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return () => {
    void queryClient.invalidateQueries({ queryKey: eventKeys.all })
    if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: eventKeys.mine(userId) })
  }
}

export function useRegisterForEvent() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  const changed = useRegistrationChanged()
  return useMutation({
    mutationFn: (eventId: number) => registerForEvent(eventId),
    onSuccess: (registration, eventId) => {
      // Show the new state at once; the refetch brings the counts (and a cloud roadshow's link).
      queryClient.setQueryData<EventDetail>(eventKeys.detail(eventId, userId), (event) =>
        event ? { ...event, myRegistration: registration } : event
      )
    },
    // A refusal (already registered, closed) also means the page showed an old state.
    onSettled: changed
  })
}

export function useCancelRegistration() {
  const changed = useRegistrationChanged()
  return useMutation({ mutationFn: (eventId: number) => cancelRegistration(eventId), onSettled: changed })
}

export function useMarkInterest() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ eventId, slotId, note }: { eventId: number; slotId: number; note: string | null }) =>
      markInterest(eventId, slotId, note),
    onSuccess: (_result, { eventId }) => {
      void queryClient.invalidateQueries({ queryKey: [...eventKeys.details(), eventId] })
    }
  })
}
