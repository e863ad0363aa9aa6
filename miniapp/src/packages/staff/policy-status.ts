import { EXPIRING_WITHIN_DAYS, type PolicyStatus } from '@ihaigui/shared'
import { beijingParts } from '../../i18n'

/** NutUI Tag colour of each policy state. */
export const POLICY_STATUS_TAG: Record<PolicyStatus, 'default' | 'success' | 'info'> = {
  draft: 'default',
  published: 'success',
  archived: 'info'
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Today's date on Beijing time, "YYYY-MM-DD" (validity dates are Beijing calendar days). */
export function todayInBeijing(now = Date.now()): string {
  const p = beijingParts(now)
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`
}

/** Whole days from one "YYYY-MM-DD" to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export type ExpiryMark = { kind: 'expired' } | { kind: 'expiring'; days: number } | null

/** Past its last valid day, or ending within the console's "expiring" window (0 days = today is the last day). */
export function expiryMark(validTo: string | null, today = todayInBeijing()): ExpiryMark {
  if (!validTo) return null
  const days = daysBetween(today, validTo)
  if (days < 0) return { kind: 'expired' }
  return days <= EXPIRING_WITHIN_DAYS ? { kind: 'expiring', days } : null
}
