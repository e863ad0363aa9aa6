import type { ApplicationStatus } from '@ihaigui/shared'

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

/** States the talent may still withdraw from (offer, rejected and withdrawn are final). */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['submitted', 'viewed', 'interview']
