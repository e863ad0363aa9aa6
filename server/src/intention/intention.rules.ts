import { INTENTION_TRANSITIONS, type IntentionStatus } from '@ihaigui/shared';
import type { IntentionEntity } from './intention.entity';
import type { IntentionViewerSide } from './intention.mapper';

/** The column each step stamps with its time. */
export const STAMP_OF: Partial<Record<IntentionStatus, keyof IntentionEntity>> = {
  accepted: 'acceptedAt',
  meeting: 'meetingAt',
  agreement: 'agreementAt',
  signed: 'signedAt',
  declined: 'closedAt',
  withdrawn: 'closedAt',
};

/**
 * The states in which the organisation and the talent are working together: the talent side has accepted (or the
 * intention went further) and nobody declined or withdrew. Only these open a project's private details.
 */
export const ENGAGED_STATUSES: readonly IntentionStatus[] = ['accepted', 'meeting', 'agreement', 'signed'];

/** One open intention per organisation and project, or per organisation and talent when there is no project. */
export function openKeyOf(organizationId: number, projectId: number | null, talentUserId: number): string {
  return projectId !== null ? `o${organizationId}:p${projectId}` : `o${organizationId}:t${talentUserId}`;
}

/**
 * What a party may do next: the side that did not propose accepts or declines; either side records the meeting, the
 * letter of intent, the landing agreement or withdraws. Staff may record any step the state allows.
 */
export function allowedMovesFor(
  intention: Pick<IntentionEntity, 'status' | 'proposedBy'>,
  side: IntentionViewerSide,
): IntentionStatus[] {
  const next = INTENTION_TRANSITIONS[intention.status];
  if (side === 'staff') return [...next];
  return next.filter((s) => (s !== 'accepted' && s !== 'declined') || side !== intention.proposedBy);
}
