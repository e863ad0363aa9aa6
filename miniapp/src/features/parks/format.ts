import { formatAmountRange, type Locale } from '@ihaigui/shared'
import { beijingParts, formatCount } from '@/i18n/format'

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六']
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * A visit slot on Beijing time: "11月28日（周六）09:30–11:00" / "Sat, Nov 28, 09:30–11:00". The year shows only
 * when it is not the current one.
 */
export function formatSlotTime(startsAt: string, endsAt: string, locale: Locale, now = Date.now()): string {
  const start = Date.parse(startsAt)
  const end = Date.parse(endsAt)
  if (Number.isNaN(start) || Number.isNaN(end)) return ''
  const s = beijingParts(start)
  const e = beijingParts(end)
  const weekday = new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay()
  const withYear = s.year !== beijingParts(now).year
  const from = `${pad2(s.hour)}:${pad2(s.minute)}`
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day
  const endTime = `${pad2(e.hour)}:${pad2(e.minute)}`
  const endDay = locale === 'en' ? `${MONTHS_EN[e.month - 1]} ${e.day} ` : `${e.month}月${e.day}日 `
  const to = sameDay ? endTime : `${endDay}${endTime}`
  if (locale === 'en') {
    const day = `${WEEKDAYS_EN[weekday]}, ${MONTHS_EN[s.month - 1]} ${s.day}${withYear ? `, ${s.year}` : ''}`
    return `${day}, ${from}–${to}`
  }
  return `${withYear ? `${s.year}年` : ''}${s.month}月${s.day}日（周${WEEKDAYS_ZH[weekday]}）${from}–${to}`
}

/** Floor area: "1.25万㎡" in Chinese from ten thousand up, "12,000 m²" in English. */
export function formatArea(sqm: number, locale: Locale): string {
  if (locale === 'en') return `${formatCount(sqm, locale)} m²`
  if (sqm >= 10_000) {
    const wan = sqm / 10_000
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/\.?0+$/, '')}万㎡`
  }
  return `${sqm}㎡`
}

/** A money range as the shared formatter writes it, for the UI's locale. */
export function formatAmount(min: number | null, max: number | null, locale: Locale): string | null {
  return formatAmountRange(min, max, locale)
}

/** "24.4798° N, 118.1795° E" */
export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(4)}° ${latitude >= 0 ? 'N' : 'S'}`
  const lng = `${Math.abs(longitude).toFixed(4)}° ${longitude >= 0 ? 'E' : 'W'}`
  return `${lat}, ${lng}`
}
