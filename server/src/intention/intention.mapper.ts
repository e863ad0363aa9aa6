import type { IntentionDetail, IntentionStatus, IntentionSummary } from '@ihaigui/shared';
import type { IntentionRow, IntentionStepRow } from './intention.repository';

export type IntentionViewerSide = IntentionDetail['mySide'];

export function toIntentionSummary(i: IntentionRow): IntentionSummary {
  return {
    id: i.id,
    status: i.status,
    source: i.source,
    proposedBy: i.proposedBy,
    organization: { id: i.organizationId, name: i.organization?.name ?? '' },
    talent: { id: i.talentUserId, displayName: i.talent?.displayName ?? '' },
    project: i.projectId ? { id: i.projectId, name: i.project?.name ?? '', nameEn: i.project?.nameEn ?? null } : null,
    event: i.eventId ? { id: i.eventId, title: i.event?.title ?? '', titleEn: i.event?.titleEn ?? null } : null,
    challenge: i.challengeId ? { id: i.challengeId, title: i.challenge?.title ?? '' } : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/**
 * The parties' and staff's view: every step with its note. An organisation's step is shown under the organisation's
 * name, a talent's under their name, staff's under the staff member's.
 */
export function toIntentionDetail(
  i: IntentionRow,
  steps: IntentionStepRow[],
  mySide: IntentionViewerSide,
  allowedMoves: IntentionStatus[],
): IntentionDetail {
  const summary = toIntentionSummary(i);
  return {
    ...summary,
    mySide,
    allowedMoves,
    steps: steps.map((s) => ({
      status: s.status,
      actor: {
        side: s.actorSide,
        displayName:
          s.actorSide === 'organization'
            ? summary.organization.name
            : s.actorSide === 'talent'
              ? summary.talent.displayName
              : (s.actor?.displayName ?? ''),
      },
      note: s.note,
      offline: s.offline,
      at: s.at.toISOString(),
    })),
    registeredCapital: i.registeredCapital,
    investmentAmount: i.investmentAmount,
    district: i.district,
  };
}
