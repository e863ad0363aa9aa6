/** The city's calendar (Asia/Shanghai, UTC+8, no daylight saving): policy validity dates are local dates. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** YYYY-MM-DD of `now` in the city. */
export function localDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function localYear(now: Date): number {
  return new Date(now.getTime() + OFFSET_MS).getUTCFullYear();
}

/** A local date plus whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first instant after a local date ends (midnight that night in the city). */
export function endOfLocalDate(date: string): Date {
  return new Date(new Date(`${addDays(date, 1)}T00:00:00.000Z`).getTime() - OFFSET_MS);
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
