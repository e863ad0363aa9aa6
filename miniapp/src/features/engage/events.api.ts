import {
  API,
  DEFAULT_PAGE_SIZE,
  type EventDetail,
  type EventKind,
  type EventListQuery,
  type MyRegistration,
  type RouteOutput
} from '@ihaigui/shared'
import { callApi } from '@/api/request'
import { getSession } from '@/api/session'

/* Events, registrations with their check-in codes, and interest in roadshow projects. */

export type EventWhen = EventListQuery['when']
export type EventPage = RouteOutput<typeof API.events.list>
export type MyEventPage = RouteOutput<typeof API.events.listMine>
export type MyEvent = MyEventPage['items'][number]
export type InterestResult = RouteOutput<typeof API.events.markInterest>

/** Published events, upcoming (soonest first) or past (latest first): the same for every reader. */
export function fetchEventPage(
  kind: EventKind | undefined,
  when: EventWhen,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<EventPage> {
  return callApi(API.events.list, { query: { kind, when, page, pageSize } })
}

/** One event; with the session, it carries the reader's registration (and the live link once registered). */
export function fetchEvent(id: number): Promise<EventDetail> {
  return callApi(API.events.detail, { params: { id } }, { auth: getSession() !== null })
}

/** Takes a place, or a place on the waitlist when the event is full. */
export function registerForEvent(id: number): Promise<MyRegistration> {
  return callApi(API.events.register, { params: { id }, body: {} })
}

/** Gives the place (or the waitlist place) back. */
export async function cancelRegistration(id: number): Promise<void> {
  await callApi(API.events.cancelRegistration, { params: { id } })
}

export function fetchMyEvents(when: EventWhen, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<MyEventPage> {
  return callApi(API.events.listMine, { query: { when, page, pageSize } })
}

/**
 * The organisation's interest in a project of a roadshow slot: opens an intention with the project's team, or — asked
 * again — answers with the one already open.
 */
export function markInterest(eventId: number, slotId: number, note: string | null): Promise<InterestResult> {
  return callApi(API.events.markInterest, { params: { id: eventId, slotId }, body: { note } })
}
