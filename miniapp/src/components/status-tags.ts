import type { AnnouncementStatus, OrganizationStatus } from '@ihaigui/shared'

/** NutUI Tag colour of each organisation verification state. */
export const ORGANIZATION_STATUS_TAG: Record<OrganizationStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning',
  verified: 'success',
  rejected: 'danger'
}

/** NutUI Tag colour of each announcement state. */
export const ANNOUNCEMENT_STATUS_TAG: Record<AnnouncementStatus, 'default' | 'success' | 'info'> = {
  draft: 'default',
  published: 'success',
  archived: 'info'
}
