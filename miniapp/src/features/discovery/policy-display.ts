import {
  AMOUNT_PERIOD_LABELS,
  EXPIRING_WITHIN_DAYS,
  formatAmountRange,
  pickLabel,
  type AmountPeriod,
  type Locale
} from '@ihaigui/shared'
import { formatDate } from '@/i18n/format'
import { translate } from '@/i18n/messages'

const DAY_MS = 24 * 60 * 60 * 1000
/** Policy dates are Beijing calendar dates. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** Today's date in Beijing, as YYYY-MM-DD. */
export function beijingToday(now: number = Date.now()): string {
  return new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whole days from today (Beijing) to a YYYY-MM-DD date; negative once it has passed. */
export function daysUntil(isoDate: string, now: number = Date.now()): number {
  return Math.round((Date.parse(isoDate) - Date.parse(beijingToday(now))) / DAY_MS)
}

/** The application window closes within the next 30 days. */
export function isClosingSoon(validTo: string | null, now: number = Date.now()): boolean {
  if (!validTo) return false
  const days = daysUntil(validTo, now)
  return days >= 0 && days <= EXPIRING_WITHIN_DAYS
}

/** "最高50万元 · 每年" / "up to ¥500,000 · per year"; null when the policy names no amount. */
export function policyAmountText(
  p: { amountMin: number | null; amountMax: number | null; amountPeriod: AmountPeriod },
  locale: Locale
): string | null {
  const range = formatAmountRange(p.amountMin, p.amountMax, locale)
  if (!range) return null
  return translate(locale, 'policies.amountWithPeriod', {
    amount: range,
    period: pickLabel(AMOUNT_PERIOD_LABELS[p.amountPeriod], locale)
  })
}

/** "2026年12月31日截止" / "Until Dec 31, 2026", or "standing policy". */
export function policyValidityText(validTo: string | null, locale: Locale): string {
  if (!validTo) return translate(locale, 'policies.standing')
  return translate(locale, 'policies.validUntil', { date: formatDate(validTo, locale) })
}
