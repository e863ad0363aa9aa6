import type { Locale } from '@ihaigui/shared'

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Dates are shown on Beijing time (UTC+8) whatever the device's time zone: the portal's notices are dated by
 * the service center, and a reader abroad should see the same date the notice carries.
 */
const DISPLAY_OFFSET_MS = 8 * 60 * 60 * 1000

/** "2026年11月21日" / "Nov 21, 2026"; '' for an unparsable value. Avoids Intl (incomplete on mini-program engines). */
export function formatDate(iso: string, locale: Locale): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  const d = new Date(time + DISPLAY_OFFSET_MS)
  const year = d.getUTCFullYear()
  const month = d.getUTCMonth()
  const day = d.getUTCDate()
  return locale === 'en' ? `${MONTHS_EN[month]} ${day}, ${year}` : `${year}年${month + 1}月${day}日`
}

/** 1234 → "1,234" (en) / "1234" (zh). */
export function formatCount(n: number, locale: Locale): string {
  if (locale !== 'en') return String(n)
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Date and time on Beijing time: "2026年11月21日 14:30" / "Nov 21, 2026 14:30"; '' for an unparsable value. */
export function formatDateTime(iso: string, locale: Locale): string {
  const day = formatDate(iso, locale)
  if (!day) return ''
  const d = new Date(Date.parse(iso) + DISPLAY_OFFSET_MS)
  return `${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`
}

/** Wall-clock fields on Beijing time of an instant (for pickers that show Beijing time). */
export function beijingParts(time: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(time + DISPLAY_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes()
  }
}

/** The instant of a wall-clock time on Beijing time (month 1–12). */
export function fromBeijingParts(year: number, month: number, day: number, hour: number, minute: number): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - DISPLAY_OFFSET_MS)
}

/** 5242880 → "5 MB", 320000 → "313 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}
