import { addDays, localDate } from '../common/time/local-date';

/**
 * Working time of the service desk, counted in the city's days (Asia/Shanghai, UTC+8, no daylight saving).
 *
 * A date is a working day when the calendar lists it as one (an adjusted working Saturday or Sunday, 调休上班), or
 * when it is Monday to Friday and not listed as a holiday. Working time is the time that lies inside working days:
 * every working day counts its full 24 hours, a non-working day counts nothing.
 *
 * The due instant of a target of N working days is the instant at which N × 24 hours of working time have passed
 * since the question was asked (plus the working time the clock was paused while waiting for the asker):
 *  - asked on a working day at 10:00 with 1 working day → the next working day at 10:00 (Friday → Monday,
 *    before a holiday → the first working day after it);
 *  - asked on a non-working day (weekend, holiday) → the clock starts at the beginning of the next working day, so a
 *    1-day target ends with that working day (24:00, i.e. 00:00 of the following date).
 * This matches 12345 practice of counting "N working days from acceptance" to the same hour, without treating a
 * question asked in the evening as if it had a full day less.
 */

export const DESK_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** No target is longer than a few months; a calendar without a single working day stops the search here. */
const MAX_DAYS_SEARCHED = 3 * 366;

/** Listed dates (YYYY-MM-DD → working or not); unlisted dates follow the weekday rule. */
export type CalendarOverrides = ReadonlyMap<string, boolean>;

export function isWorkingDate(date: string, overrides: CalendarOverrides): boolean {
  const listed = overrides.get(date);
  if (listed !== undefined) return listed;
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The instant a local date begins (00:00 in the city). */
export function startOfLocalDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS);
}

/** Working time (ms) inside [from, to); zero when `to` is not after `from`. */
export function workingMsBetween(from: Date, to: Date, overrides: CalendarOverrides): number {
  let total = 0;
  let date = localDate(from);
  let cursor = from.getTime();
  const end = to.getTime();
  while (cursor < end) {
    const next = startOfLocalDate(addDays(date, 1)).getTime();
    if (isWorkingDate(date, overrides)) total += Math.min(next, end) - cursor;
    cursor = next;
    date = addDays(date, 1);
  }
  return total;
}

/** The instant `ms` of working time after `from` (the start of the next working day when `from` is in a day off). */
export function addWorkingMs(from: Date, ms: number, overrides: CalendarOverrides): Date {
  let remaining = Math.max(0, ms);
  let date = localDate(from);
  let cursor = from.getTime();
  for (let i = 0; i < MAX_DAYS_SEARCHED + Math.ceil(remaining / DAY_MS) * 3; i += 1) {
    const next = startOfLocalDate(addDays(date, 1)).getTime();
    if (isWorkingDate(date, overrides)) {
      // Ending exactly at midnight is the end of this working day (24:00), not the start of the next one.
      if (cursor + remaining <= next) return new Date(cursor + remaining);
      remaining -= next - cursor;
    }
    cursor = next;
    date = addDays(date, 1);
  }
  throw new Error('no working day in the calendar within three years');
}

/** Due instant of a target of `days` working days, counted from `startedAt`, with `pausedMs` of working time added. */
export function dueAt(startedAt: Date, days: number, pausedMs: number, overrides: CalendarOverrides): Date {
  return addWorkingMs(startedAt, days * DAY_MS + pausedMs, overrides);
}

/** Share of a target's working time after which the reminder goes out (80 %: for 1 working day, 4.8 working hours before). */
export const REMINDER_SHARE = 0.8;

/** When the reminder of a target is due: after REMINDER_SHARE of its working time has passed. */
export function reminderAt(startedAt: Date, days: number, pausedMs: number, overrides: CalendarOverrides): Date {
  return addWorkingMs(startedAt, Math.round(days * DAY_MS * REMINDER_SHARE) + pausedMs, overrides);
}

/** The overrides of every listed day, as the functions above take them. */
export function overridesOf(days: ReadonlyArray<{ date: string; working: boolean }>): CalendarOverrides {
  return new Map(days.map((d) => [d.date, d.working]));
}
