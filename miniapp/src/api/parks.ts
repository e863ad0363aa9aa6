import {
  parkDetailSchema,
  parkPageSchema,
  visitBookingPageSchema,
  visitBookingSchema,
  type BookVisit,
  type BookingListQuery,
  type ParkDetail,
  type ParkListQuery,
  type RespondBooking,
  type VisitBooking
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiGetPublic, apiRequest } from './request'

/* Parks and their visit bookings: the visitor's side and the host's (the operating organisation, or staff). */

export type ParkPage = z.infer<typeof parkPageSchema>
export type VisitBookingPage = z.infer<typeof visitBookingPageSchema>

export function fetchParkPage(query: Partial<ParkListQuery>): Promise<ParkPage> {
  return apiGetPublic('/parks', parkPageSchema, {
    page: query.page,
    pageSize: query.pageSize,
    district: query.district,
    industry: query.industry
  })
}

export function fetchPark(id: number): Promise<ParkDetail> {
  return apiGetPublic(`/parks/${id}`, parkDetailSchema)
}

export function bookVisit(parkId: number, input: BookVisit): Promise<VisitBooking> {
  return apiRequest({ path: `/parks/${parkId}/bookings`, method: 'POST', body: input, schema: visitBookingSchema })
}

export function fetchMyVisitBookings(query: Partial<BookingListQuery>): Promise<VisitBookingPage> {
  return apiGet('/me/visit-bookings', visitBookingPageSchema, { page: query.page, pageSize: query.pageSize, status: query.status })
}

export function cancelVisitBooking(id: number): Promise<VisitBooking> {
  return apiRequest({ path: `/me/visit-bookings/${id}/cancel`, method: 'POST', body: {}, schema: visitBookingSchema })
}

export function fetchHostVisitBookings(query: Partial<BookingListQuery>): Promise<VisitBookingPage> {
  return apiGet('/host/visit-bookings', visitBookingPageSchema, { page: query.page, pageSize: query.pageSize, status: query.status })
}

export function respondToVisitBooking(id: number, input: RespondBooking): Promise<VisitBooking> {
  return apiRequest({ path: `/host/visit-bookings/${id}/respond`, method: 'POST', body: input, schema: visitBookingSchema })
}
