import { POSITION_DEFAULT_DAYS, POSITION_MAX_DAYS } from '@ihaigui/shared'
import { beijingToday } from '@/features/discovery/policy-display'

const DAY_MS = 24 * 60 * 60 * 1000

/** A YYYY-MM-DD date `days` later (or earlier). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The closing date a new position gets unless the enterprise picks another. */
export function defaultExpiry(now: number = Date.now()): string {
  return addDays(beijingToday(now), POSITION_DEFAULT_DAYS)
}

/** The latest closing date a new position may have. */
export function latestExpiry(now: number = Date.now()): string {
  return addDays(beijingToday(now), POSITION_MAX_DAYS)
}

/**
 * The dates an extension may pick: after the current closing date (and after today), and at most 90 days after
 * publication (after today for a position not yet published). Null when no later date is allowed.
 */
export function extensionWindow(
  position: { publishedAt: string | null; expiresOn: string },
  now: number = Date.now()
): { min: string; max: string } | null {
  const today = beijingToday(now)
  const after = position.expiresOn > today ? position.expiresOn : today
  const min = addDays(after, 1)
  const base = position.publishedAt ? beijingToday(Date.parse(position.publishedAt)) : today
  const max = addDays(base, POSITION_MAX_DAYS)
  return min <= max ? { min, max } : null
}
