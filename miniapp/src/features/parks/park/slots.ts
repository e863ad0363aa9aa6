import type { VisitSlot } from '@ihaigui/shared'

/** Why a slot cannot be booked now, if it cannot. */
export function slotBlocked(slot: VisitSlot, now = Date.now()): 'full' | 'started' | null {
  if (Date.parse(slot.startsAt) <= now) return 'started'
  if (slot.remaining <= 0) return 'full'
  return null
}
