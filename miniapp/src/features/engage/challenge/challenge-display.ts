import { formatAmountRange, type ChallengeStatus, type Locale, type ResponseStatus } from '@ihaigui/shared'
import { daysUntil } from '@/features/discovery/policy-display'
import { translate } from '@/i18n/messages'

/** "10万元 – 50万元" / "¥100,000 – ¥500,000", or "budget to be agreed" when the organisation named none. */
export function budgetText(c: { budgetMin: number | null; budgetMax: number | null }, locale: Locale): string {
  return formatAmountRange(c.budgetMin, c.budgetMax, locale) ?? translate(locale, 'challenge.budgetOpen')
}

/** "还剩 5 天" / "5 days left", "今天截止", or "已截止". */
export function deadlineCountdown(deadline: string, locale: Locale, now: number = Date.now()): string {
  const days = daysUntil(deadline, now)
  if (days < 0) return translate(locale, 'challenge.deadlinePassed')
  if (days === 0) return translate(locale, 'challenge.deadlineToday')
  return translate(locale, days === 1 ? 'challenge.daysLeftOne' : 'challenge.daysLeft', { days })
}

/** NutUI Tag colour of each challenge state. */
export const CHALLENGE_STATUS_TAG: Record<ChallengeStatus, 'warning' | 'success' | 'danger' | 'primary' | 'default'> = {
  pending: 'warning',
  open: 'success',
  rejected: 'danger',
  awarded: 'primary',
  closed: 'default'
}

/** NutUI Tag colour of each response state. */
export const RESPONSE_STATUS_TAG: Record<ResponseStatus, 'primary' | 'warning' | 'success' | 'danger' | 'default'> = {
  submitted: 'primary',
  shortlisted: 'warning',
  picked: 'success',
  not_picked: 'danger',
  withdrawn: 'default'
}

/** Responses the talent may still withdraw. */
export const WITHDRAWABLE: readonly ResponseStatus[] = ['submitted', 'shortlisted']
