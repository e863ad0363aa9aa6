import type { EventKind, EventSummary, RegistrationStatus } from '@ihaigui/shared'

/** Where an event stands for someone looking at it now. */
export type EventPhase = 'cancelled' | 'ended' | 'ongoing' | 'open' | 'closed'

export function eventPhase(
  event: Pick<EventSummary, 'status' | 'startsAt' | 'endsAt' | 'registrationOpen'>,
  now = Date.now()
): EventPhase {
  if (event.status === 'cancelled') return 'cancelled'
  if (Date.parse(event.endsAt) <= now) return 'ended'
  if (Date.parse(event.startsAt) <= now) return 'ongoing'
  return event.registrationOpen ? 'open' : 'closed'
}

/** Places not yet taken (0 when full). */
export function placesLeft(event: Pick<EventSummary, 'capacity' | 'registered'>): number {
  return Math.max(0, event.capacity - event.registered)
}

/** NutUI Tag colour of each phase. */
export const PHASE_TAG: Record<EventPhase, 'primary' | 'success' | 'warning' | 'danger' | 'default'> = {
  open: 'success',
  ongoing: 'primary',
  closed: 'warning',
  ended: 'default',
  cancelled: 'danger'
}

/** NutUI Tag colour of each registration state. */
export const REGISTRATION_TAG: Record<RegistrationStatus, 'success' | 'warning' | 'default'> = {
  registered: 'success',
  waitlisted: 'warning',
  cancelled: 'default'
}

/** Accent class of each kind (the stripe on its card). */
export const KIND_CLASS: Record<EventKind, string> = {
  fair: 'kind--fair',
  roadshow: 'kind--roadshow',
  cloud_roadshow: 'kind--cloud',
  park_visit: 'kind--park',
  briefing: 'kind--briefing'
}

/** The check-in code in two groups of four, easier to read out and type: "ABCD EFGH". */
export function groupedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}
