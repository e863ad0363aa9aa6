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
