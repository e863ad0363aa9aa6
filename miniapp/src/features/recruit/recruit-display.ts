import { POSITION_REMINDER_DAYS, type ApplicationStatus, type Locale, type PositionStatus } from '@ihaigui/shared'
import { translate } from '@/i18n/messages'
import { daysUntil } from '@/features/discovery/policy-display'

/** NutUI Tag colour of each position state. */
export const POSITION_STATUS_TAG: Record<PositionStatus, 'warning' | 'success' | 'danger' | 'default'> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  closed: 'default'
}

/** NutUI Tag colour of each application state. */
export const APPLICATION_STATUS_TAG: Record<
  ApplicationStatus,
  'primary' | 'info' | 'warning' | 'success' | 'danger' | 'default'
> = {
  submitted: 'primary',
  viewed: 'info',
  interview: 'warning',
  offer: 'success',
  rejected: 'danger',
  withdrawn: 'default'
}

/** "5 天后到期" / "Closes in 5 days", "今天到期", or "已到期". */
export function expiryCountdown(expiresOn: string, locale: Locale, now: number = Date.now()): string {
  const days = daysUntil(expiresOn, now)
  if (days < 0) return translate(locale, 'recruit.expiry.past')
  if (days === 0) return translate(locale, 'recruit.expiry.today')
  return translate(locale, days === 1 ? 'recruit.expiry.inOneDay' : 'recruit.expiry.inDays', { days })
}

/** The closing date is near enough for the reminder (or has passed). */
export function expiresSoon(expiresOn: string, now: number = Date.now()): boolean {
  return daysUntil(expiresOn, now) <= POSITION_REMINDER_DAYS
}
