import type { BookingStatus, ContactRequestStatus, District, FinanceKind, Industry } from '@ihaigui/shared'
import { queryKeys } from '@/api/query-keys'

/**
 * Cache keys of parks, visit bookings, finance services and contact requests. Public data sits under its own
 * root; a signed-in user's bookings and requests sit under `['user', userId, …]` like the rest of their data.
 */
export const parkKeys = {
  all: ['parks'] as const,
  lists: () => [...parkKeys.all, 'list'] as const,
  list: (district?: District, industry?: Industry) =>
    [...parkKeys.lists(), district ?? 'all', industry ?? 'all'] as const,
  details: () => [...parkKeys.all, 'detail'] as const,
  detail: (id: number) => [...parkKeys.details(), id] as const,
  myBookings: (userId: number) => [...queryKeys.user.of(userId), 'visit-bookings'] as const,
  hostBookings: (userId: number) => [...queryKeys.user.of(userId), 'host-visit-bookings'] as const,
  hostBookingList: (userId: number, status?: BookingStatus) =>
    [...parkKeys.hostBookings(userId), status ?? 'all'] as const
}

export const financeKeys = {
  all: ['finance'] as const,
  lists: () => [...financeKeys.all, 'list'] as const,
  list: (kind?: FinanceKind) => [...financeKeys.lists(), kind ?? 'all'] as const,
  detail: (id: number) => [...financeKeys.all, 'detail', id] as const,
  myRequests: (userId: number) => [...queryKeys.user.of(userId), 'contact-requests'] as const,
  hostRequests: (userId: number) => [...queryKeys.user.of(userId), 'host-contact-requests'] as const,
  hostRequestList: (userId: number, status?: ContactRequestStatus) =>
    [...financeKeys.hostRequests(userId), status ?? 'all'] as const
}
