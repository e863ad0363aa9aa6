import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type BookVisit,
  type BookingStatus,
  type District,
  type Industry,
  type RespondBooking,
  type VisitBooking
} from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { parkKeys } from './parks.keys'
import {
  bookVisit,
  cancelVisitBooking,
  fetchHostVisitBookings,
  fetchMyVisitBookings,
  fetchPark,
  fetchParkPage,
  respondToVisitBooking
} from './parks.api'
import { useUserId } from '@/features/account/session.hooks'

export const PARK_LIST_PAGE_SIZE = 10
export const BOOKING_LIST_PAGE_SIZE = 10

/** Parks in a district and/or industry (all when undefined), page by page. */
export function useParkList(district?: District, industry?: Industry) {
  return useInfiniteQuery({
    queryKey: parkKeys.list(district, industry),
    queryFn: ({ pageParam }) => fetchParkPage({ page: pageParam, pageSize: PARK_LIST_PAGE_SIZE, district, industry }),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** One park with its upcoming visit slots. An id that is not one fails like an unknown park, without a request. */
export function usePark(rawId: string | undefined) {
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: parkKeys.detail(id ?? 0),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'PARK_NOT_FOUND', locale: getLocale() })
      return fetchPark(id)
    }
  })
}

export function useBookVisit(parkId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: BookVisit) => bookVisit(parkId, input),
    // Whatever the outcome, the slot's remaining places may have changed.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: parkKeys.detail(parkId) })
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: parkKeys.myBookings(userId) })
    }
  })
}

/** The signed-in user's own visit bookings, newest first. */
export function useMyVisitBookings() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: parkKeys.myBookings(userId ?? 0),
    queryFn: ({ pageParam }) => fetchMyVisitBookings({ page: pageParam, pageSize: BOOKING_LIST_PAGE_SIZE }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** After a booking changed: every list showing it, and the park (its places). */
function useRefreshAfterBookingChange() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return (booking: VisitBooking) => {
    if (userId !== undefined) {
      void queryClient.invalidateQueries({ queryKey: parkKeys.myBookings(userId) })
      void queryClient.invalidateQueries({ queryKey: parkKeys.hostBookings(userId) })
    }
    void queryClient.invalidateQueries({ queryKey: parkKeys.detail(booking.park.id) })
  }
}

export function useCancelVisitBooking() {
  const refresh = useRefreshAfterBookingChange()
  return useMutation({ mutationFn: (id: number) => cancelVisitBooking(id), onSuccess: refresh })
}

/** Bookings the signed-in host may answer (staff: all), in one state or all. */
export function useHostVisitBookings(status?: BookingStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: parkKeys.hostBookingList(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchHostVisitBookings({ page: pageParam, pageSize: BOOKING_LIST_PAGE_SIZE, status }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useRespondToVisitBooking() {
  const refresh = useRefreshAfterBookingChange()
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: RespondBooking }) => respondToVisitBooking(id, input),
    onSuccess: refresh
  })
}
