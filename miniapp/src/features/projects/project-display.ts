import { formatAmountYuan, type IntentionStatus, type Locale, type ProjectStatus } from '@ihaigui/shared'

type TagType = 'default' | 'primary' | 'info' | 'warning' | 'success' | 'danger'

/** NutUI Tag colour of each project state. */
export const PROJECT_STATUS_TAG: Record<ProjectStatus, TagType> = {
  draft: 'default',
  submitted: 'primary',
  returned: 'warning',
  accepted: 'success',
  rejected: 'danger'
}

/** NutUI Tag colour of each intention state. */
export const INTENTION_STATUS_TAG: Record<IntentionStatus, TagType> = {
  proposed: 'primary',
  accepted: 'info',
  declined: 'default',
  meeting: 'info',
  agreement: 'warning',
  signed: 'success',
  withdrawn: 'default'
}

/** The financing a project asks for, or null when it is not raising. */
export function financingText(yuan: number | null, locale: Locale): string | null {
  return yuan === null ? null : formatAmountYuan(yuan, locale)
}
