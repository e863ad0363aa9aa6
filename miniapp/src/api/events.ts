import {
  DEFAULT_PAGE_SIZE,
  eventDetailSchema,
  eventPageSchema,
  markInterestResultSchema,
  myEventPageSchema,
  myRegistrationSchema,
  type EventDetail,
  type EventKind,
  type MyRegistration
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiGetPublic, apiRequest, apiRequestNoContent } from './request'
import { getSession } from './session'

/* Events, registrations with their check-in codes, and interest in roadshow projects. */

export type EventWhen = 'upcoming' | 'past'
export type EventPage = z.infer<typeof eventPageSchema>
export type MyEventPage = z.infer<typeof myEventPageSchema>
export type MyEvent = MyEventPage['items'][number]
export type InterestResult = z.infer<typeof markInterestResultSchema>

const eventPath = (id: number) => `/events/${encodeURIComponent(String(id))}`

/** Published events, upcoming (soonest first) or past (latest first): the same for every reader. */
export function fetchEventPage(kind: EventKind | undefined, when: EventWhen, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<EventPage> {
  return apiGetPublic('/events', eventPageSchema, { kind, when, page, pageSize })
}

/** One event; with the session, it carries the reader's registration (and the live link once registered). */
export function fetchEvent(id: number): Promise<EventDetail> {
  return apiRequest({ path: eventPath(id), schema: eventDetailSchema, auth: getSession() !== null })
}

/** Takes a place, or a place on the waitlist when the event is full. */
export function registerForEvent(id: number): Promise<MyRegistration> {
  return apiRequest({ path: `${eventPath(id)}/registrations`, method: 'POST', body: {}, schema: myRegistrationSchema })
}

/** Gives the place (or the waitlist place) back. */
export function cancelRegistration(id: number): Promise<void> {
  return apiRequestNoContent({ path: `${eventPath(id)}/registrations/me`, method: 'DELETE' })
}

export function fetchMyEvents(when: EventWhen, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<MyEventPage> {
  return apiGet('/me/events', myEventPageSchema, { when, page, pageSize })
}

/**
 * The organisation's interest in a project of a roadshow slot: opens an intention with the project's team, or — asked
 * again — answers with the one already open.
 */
export function markInterest(eventId: number, slotId: number, note: string | null): Promise<InterestResult> {
  return apiRequest({
    path: `${eventPath(eventId)}/slots/${encodeURIComponent(String(slotId))}/interest`,
    method: 'POST',
    body: { note },
    schema: markInterestResultSchema
  })
}
