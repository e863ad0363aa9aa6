import {
  API,
  type BookVisit,
  type BookingListQuery,
  type ParkDetail,
  type ParkListQuery,
  type RespondBooking,
  type RouteOutput,
  type VisitBooking
} from '@ihaigui/shared'
import { callApi } from '@/api/request'

/* Parks and their visit bookings: the visitor's side and the host's (the operating organisation, or staff). */

export type ParkPage = RouteOutput<typeof API.parks.list>
export type VisitBookingPage = RouteOutput<typeof API.parks.myBookings>

export function fetchParkPage(query: Partial<ParkListQuery>): Promise<ParkPage> {
  return callApi(API.parks.list, { query })
}

export function fetchPark(id: number): Promise<ParkDetail> {
  return callApi(API.parks.detail, { params: { id } })
}

export function bookVisit(parkId: number, input: BookVisit): Promise<VisitBooking> {
  return callApi(API.parks.book, { params: { id: parkId }, body: input })
}

export function fetchMyVisitBookings(query: Partial<BookingListQuery>): Promise<VisitBookingPage> {
  return callApi(API.parks.myBookings, { query })
}

export function cancelVisitBooking(id: number): Promise<VisitBooking> {
  return callApi(API.parks.cancelBooking, { params: { id }, body: {} })
}

export function fetchHostVisitBookings(query: Partial<BookingListQuery>): Promise<VisitBookingPage> {
  return callApi(API.parks.hostBookings, { query })
}

export function respondToVisitBooking(id: number, input: RespondBooking): Promise<VisitBooking> {
  return callApi(API.parks.respondBooking, { params: { id }, body: input })
}
