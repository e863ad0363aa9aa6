import type { ConsultationEntity } from './desk.entity';
import { type CalendarOverrides, dueAt, reminderAt, workingMsBetween } from './working-calendar';

/**
 * The clock columns of a consultation, derived from its running targets. Rules (see working-calendar.ts for how
 * working time is counted):
 *  - both targets start when the question is asked; a reopened question starts its resolution target again;
 *  - the first-response target is met by the first staff reply that is not an internal note;
 *  - while waiting for the asker both running targets stand still: the working time spent waiting is added to their
 *    due instants when the asker replies;
 *  - each target's reminder is due after 80 % of its working time (see REMINDER_SHARE).
 */
export type TimerColumns = Pick<
  ConsultationEntity,
  'firstResponseDueAt' | 'firstResponseRemindAt' | 'resolutionDueAt' | 'resolutionRemindAt'
>;

type TimerInput = Pick<
  ConsultationEntity,
  'clockStartedAt' | 'createdAt' | 'pausedSeconds' | 'firstResponseDays' | 'resolutionDays' | 'firstRespondedAt'
>;

/** Due and reminder instants of the targets still running (first response: until met). */
export function runningTimers(c: TimerInput, overrides: CalendarOverrides): TimerColumns {
  const paused = c.pausedSeconds * 1000;
  const firstRunning = c.firstRespondedAt === null;
  return {
    // The first response is counted from the question itself; its pause is the same pause.
    firstResponseDueAt: firstRunning ? dueAt(c.createdAt, c.firstResponseDays, paused, overrides) : null,
    firstResponseRemindAt: firstRunning ? reminderAt(c.createdAt, c.firstResponseDays, paused, overrides) : null,
    resolutionDueAt: dueAt(c.clockStartedAt, c.resolutionDays, paused, overrides),
    resolutionRemindAt: reminderAt(c.clockStartedAt, c.resolutionDays, paused, overrides),
  };
}

/** Every timer column cleared: nothing runs (waiting for the asker, or resolved). */
export const STOPPED: TimerColumns = {
  firstResponseDueAt: null,
  firstResponseRemindAt: null,
  resolutionDueAt: null,
  resolutionRemindAt: null,
};

/** Working seconds of a pause from `since` to `until`. */
export function pausedSecondsBetween(since: Date, until: Date, overrides: CalendarOverrides): number {
  return Math.round(workingMsBetween(since, until, overrides) / 1000);
}
