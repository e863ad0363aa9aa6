/**
 * Public holidays (off) and adjusted working days (调休上班) of the mainland calendar, as the desk calendar starts.
 * 2026: the State Council's holiday schedule for 2026. 2027: not yet published when this was written — only the
 * statutory holiday dates are listed, marked provisional; staff replace them once the schedule is announced.
 */
export interface CalendarSeedDay {
  date: string;
  working: boolean;
  note: string;
}

const off = (dates: string[], note: string): CalendarSeedDay[] => dates.map((date) => ({ date, working: false, note }));
const on = (dates: string[], note: string): CalendarSeedDay[] => dates.map((date) => ({ date, working: true, note }));
const range = (from: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(`${from}T00:00:00.000Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

export const CALENDAR_2026: CalendarSeedDay[] = [
  ...off(range('2026-01-01', 3), '元旦'),
  ...on(['2026-01-04'], '元旦调休上班'),
  ...on(['2026-02-14'], '春节调休上班'),
  ...off(range('2026-02-15', 9), '春节'),
  ...on(['2026-02-28'], '春节调休上班'),
  ...off(range('2026-04-04', 3), '清明节'),
  ...off(range('2026-05-01', 5), '劳动节'),
  ...on(['2026-05-09'], '劳动节调休上班'),
  ...off(range('2026-06-19', 3), '端午节'),
  ...on(['2026-09-20'], '国庆节调休上班'),
  ...off(range('2026-09-25', 3), '中秋节'),
  ...off(range('2026-10-01', 7), '国庆节'),
  ...on(['2026-10-10'], '国庆节调休上班'),
];

const PROVISIONAL = '（暂定，待国务院公布放假安排）';
export const CALENDAR_2027: CalendarSeedDay[] = [
  ...off(['2027-01-01'], `元旦${PROVISIONAL}`),
  ...off(range('2027-02-05', 4), `春节${PROVISIONAL}`),
  ...off(['2027-04-05'], `清明节${PROVISIONAL}`),
  ...off(range('2027-05-01', 2), `劳动节${PROVISIONAL}`),
  ...off(['2027-06-09'], `端午节${PROVISIONAL}`),
  ...off(['2027-09-15'], `中秋节${PROVISIONAL}`),
  ...off(range('2027-10-01', 3), `国庆节${PROVISIONAL}`),
];

export const CALENDAR_SEED: CalendarSeedDay[] = [...CALENDAR_2026, ...CALENDAR_2027];
