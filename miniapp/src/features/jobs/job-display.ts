import type { PositionSummary } from '@ihaigui/shared'
import type { I18nValue } from '@/i18n'

type Translate = I18nValue['t']

/** 12500 → "1.3" (one decimal at most, no trailing zero). */
const oneDecimal = (n: number) => String(Number(n.toFixed(1)))

/** A monthly amount: the Chinese text counts in 万, the English one in thousands of yuan. */
function amount(yuan: number, t: Translate): string {
  return t('jobs.salaryAmount', { wan: oneDecimal(yuan / 10_000), k: oneDecimal(yuan / 1000) })
}

/** "2万-3.5万/月", "From ¥20k / month", "面议"… */
export function salaryText(
  position: Pick<PositionSummary, 'salaryMin' | 'salaryMax' | 'negotiable'>,
  t: Translate
): string {
  const { salaryMin: min, salaryMax: max } = position
  if (position.negotiable || (min === null && max === null)) return t('jobs.negotiable')
  if (min !== null && max !== null && min !== max)
    return t('jobs.salaryRange', { min: amount(min, t), max: amount(max, t) })
  if (min !== null)
    return max === min
      ? t('jobs.salaryExact', { amount: amount(min, t) })
      : t('jobs.salaryFrom', { min: amount(min, t) })
  return t('jobs.salaryUpTo', { max: amount(max as number, t) })
}

export function experienceText(years: number, t: Translate): string {
  return years > 0 ? t('jobs.experienceYears', { years }) : t('jobs.experienceAny')
}
