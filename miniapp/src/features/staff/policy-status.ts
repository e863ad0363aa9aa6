import { EXPIRING_WITHIN_DAYS, type PolicyStatus } from '@ihaigui/shared'
import { daysUntil } from '@/features/discovery/policy-display'

/** NutUI Tag colour of each policy state. */
export const POLICY_STATUS_TAG: Record<PolicyStatus, 'default' | 'success' | 'info'> = {
  draft: 'default',
  published: 'success',
  archived: 'info'
}

export type ExpiryMark = { kind: 'expired' } | { kind: 'expiring'; days: number } | null

/** Past its last valid day, or ending within the console's "expiring" window (0 days: today is the last day). */
export function expiryMark(validTo: string | null, now: number = Date.now()): ExpiryMark {
  if (!validTo) return null
  const days = daysUntil(validTo, now)
  if (days < 0) return { kind: 'expired' }
  return days <= EXPIRING_WITHIN_DAYS ? { kind: 'expiring', days } : null
}
