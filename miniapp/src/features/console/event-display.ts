import type { Locale } from '@ihaigui/shared'
import { beijingParts, formatDate, formatDateTime } from '@/i18n'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** "2026年5月20日 14:00 – 17:00", or both ends in full when the event runs over several days (Beijing time). */
export function eventWhen(event: { startsAt: string; endsAt: string }, locale: Locale): string {
  const start = formatDateTime(event.startsAt, locale)
  if (formatDate(event.startsAt, locale) !== formatDate(event.endsAt, locale))
    return `${start} – ${formatDateTime(event.endsAt, locale)}`
  const end = beijingParts(Date.parse(event.endsAt))
  return `${start} – ${pad2(end.hour)}:${pad2(end.minute)}`
}
