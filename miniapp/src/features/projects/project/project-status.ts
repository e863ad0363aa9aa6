import type { ProjectStatus } from '@ihaigui/shared'
import type { MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'

/** States the talent may still edit (and submit again). */
export const EDITABLE: readonly ProjectStatus[] = ['draft', 'returned']

/** What each state means for the talent. */
export const STATUS_HINTS: Record<ProjectStatus, MessageKey> = {
  draft: 'pj.mine.hintDraft',
  submitted: 'pj.mine.hintSubmitted',
  returned: 'pj.mine.hintReturned',
  accepted: 'pj.mine.hintAccepted',
  rejected: 'pj.mine.hintRejected'
}

/**
 * One of the talent's own projects: the form while it can be edited, the public page once accepted (the owner sees
 * the details there too), and the record itself while it waits for screening or after a rejection.
 */
export function openOwnProject(id: number, status: ProjectStatus) {
  return navigateTo(status === 'accepted' ? 'projectDetail' : 'projectEdit', { id })
}
