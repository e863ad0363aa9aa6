import { CALENDAR_2026, CALENDAR_SEED } from './holidays';
import {
  addWorkingMs,
  DAY_MS,
  dueAt,
  isWorkingDate,
  overridesOf,
  reminderAt,
  startOfLocalDate,
  workingMsBetween,
} from './working-calendar';

const HOUR = 60 * 60 * 1000;
const cal = overridesOf(CALENDAR_SEED);
/** An instant given as Shanghai wall time. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('working calendar', () => {
  it('treats weekdays as working, weekends as off, listed days as listed', () => {
    expect(isWorkingDate('2026-03-02', cal)).toBe(true); // Monday
    expect(isWorkingDate('2026-03-07', cal)).toBe(false); // Saturday
    expect(isWorkingDate('2026-03-08', cal)).toBe(false); // Sunday
    expect(isWorkingDate('2026-10-01', cal)).toBe(false); // National Day, Thursday
    expect(isWorkingDate('2026-10-10', cal)).toBe(true); // adjusted working Saturday
    expect(isWorkingDate('2026-02-14', cal)).toBe(true); // adjusted working Saturday before Spring Festival
    expect(isWorkingDate('2026-02-16', cal)).toBe(false); // Spring Festival, Monday
  });

  it('lists the 2026 schedule with every adjusted working day on a weekend', () => {
    const working = CALENDAR_2026.filter((d) => d.working).map((d) => d.date);
    expect(working).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (const date of working) expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    expect(CALENDAR_SEED.filter((d) => d.date.startsWith('2027')).every((d) => d.note.includes('暂定'))).toBe(true);
  });

  it('counts days in Shanghai time, not UTC', () => {
    // Friday 23:30 in Shanghai is Friday 15:30 UTC; half an hour of Friday is left.
    expect(workingMsBetween(sh('2026-03-06T23:30:00'), sh('2026-03-09T01:00:00'), cal)).toBe(1.5 * HOUR);
    expect(startOfLocalDate('2026-03-09').toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });

  it('a 1-day target on a working day is due at the same time the next working day', () => {
    expect(dueAt(sh('2026-03-03T10:00:00'), 1, 0, cal)).toEqual(sh('2026-03-04T10:00:00'));
  });

  it('skips the weekend: Friday 10:00 + 1 working day → Monday 10:00', () => {
    expect(dueAt(sh('2026-03-06T10:00:00'), 1, 0, cal)).toEqual(sh('2026-03-09T10:00:00'));
    // 5 working days from Friday: the next Friday.
    expect(dueAt(sh('2026-03-06T10:00:00'), 5, 0, cal)).toEqual(sh('2026-03-13T10:00:00'));
  });

  it('asked on a weekend: the clock starts on Monday, a 1-day target ends with Monday', () => {
    expect(dueAt(sh('2026-03-07T15:00:00'), 1, 0, cal)).toEqual(sh('2026-03-10T00:00:00'));
    expect(addWorkingMs(sh('2026-03-07T15:00:00'), 0, cal)).toEqual(sh('2026-03-09T00:00:00'));
  });

  it('skips a public holiday: Wednesday before National Day → the adjusted working Saturday', () => {
    // 2026-09-30 is a Wednesday; 1–7 October off; 10 October (Saturday) is an adjusted working day.
    expect(dueAt(sh('2026-09-30T10:00:00'), 1, 0, cal)).toEqual(sh('2026-10-08T10:00:00'));
    expect(dueAt(sh('2026-09-30T10:00:00'), 3, 0, cal)).toEqual(sh('2026-10-10T10:00:00'));
    // Mid-Autumn (Fri 25 – Sun 27 Sept): Thursday + 1 → Monday.
    expect(dueAt(sh('2026-09-24T16:00:00'), 1, 0, cal)).toEqual(sh('2026-09-28T16:00:00'));
  });

  it('counts an adjusted working Sunday: asked Saturday 19 Sept, due at the end of Sunday 20 Sept', () => {
    expect(dueAt(sh('2026-09-19T11:00:00'), 1, 0, cal)).toEqual(sh('2026-09-21T00:00:00'));
  });

  it('a pause adds the working time spent waiting, not the calendar time', () => {
    // Asked Monday 10:00 (5 days → next Monday 10:00); waiting from Tuesday 10:00 to Thursday 10:00 = 2 working days.
    const asked = sh('2026-03-02T10:00:00');
    const paused = workingMsBetween(sh('2026-03-03T10:00:00'), sh('2026-03-05T10:00:00'), cal);
    expect(paused).toBe(2 * DAY_MS);
    expect(dueAt(asked, 5, paused, cal)).toEqual(sh('2026-03-11T10:00:00'));
    // Waiting over a weekend costs only the working part of it.
    expect(workingMsBetween(sh('2026-03-06T18:00:00'), sh('2026-03-09T09:00:00'), cal)).toBe(15 * HOUR);
  });

  it('reminds after 80 % of the working time: 4.8 working hours before a 1-day target', () => {
    const asked = sh('2026-03-06T10:00:00');
    expect(reminderAt(asked, 1, 0, cal)).toEqual(new Date(sh('2026-03-09T10:00:00').getTime() - 4.8 * HOUR));
  });

  it('refuses a calendar without working days rather than looping forever', () => {
    const never = new Map<string, boolean>();
    for (let d = 0; d < 4000; d += 1) {
      const date = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
      never.set(date, false);
    }
    expect(() => dueAt(sh('2026-03-02T10:00:00'), 1, 0, never)).toThrow('no working day');
  });
});
