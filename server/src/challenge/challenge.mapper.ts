import { quoted } from '../notification/message-text';
import type {
  ChallengeDetail,
  ChallengeInput,
  ChallengeRecord,
  ChallengeResponse,
  ChallengeSummary,
} from '@ihaigui/shared';
import type { ChallengeEntity } from './challenge.entity';
import type { ChallengeWithOrg, ResponseRow } from './challenge.repository';

export function toChallengeSummary(c: ChallengeWithOrg): ChallengeSummary {
  return {
    id: c.id,
    title: c.title,
    titleEn: c.titleEn,
    field: c.field,
    organization: { id: c.organization.id, name: c.organization.name },
    budgetMin: c.budgetMin,
    budgetMax: c.budgetMax,
    deadline: c.deadline,
    status: c.status,
    responseCount: c.responseCount,
    publishedAt: c.publishedAt ? c.publishedAt.toISOString() : null,
  };
}

export function toChallengeDetail(
  c: ChallengeWithOrg,
  viewer: { myResponse: ChallengeResponse | null; canRespond: boolean },
): ChallengeDetail {
  return {
    ...toChallengeSummary(c),
    problem: c.problem ?? '',
    problemEn: c.problemEn ?? null,
    expectedOutcome: c.expectedOutcome ?? '',
    expectedOutcomeEn: c.expectedOutcomeEn ?? null,
    myResponse: viewer.myResponse,
    canRespond: viewer.canRespond,
  };
}

/** The organisation's and staff's view. List rows leave the long texts out (they are not loaded); the schema drops them. */
export function toChallengeRecord(c: ChallengeWithOrg): ChallengeRecord {
  return {
    ...toChallengeDetail(c, { myResponse: null, canRespond: false }),
    contentCheck: c.contentCheck,
    rejectReason: c.rejectReason,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toChallengeResponse(r: ResponseRow): ChallengeResponse {
  return {
    id: r.id,
    challengeId: r.challengeId,
    challengeTitle: r.challenge?.title ?? '',
    responder: {
      id: r.userId,
      displayName: r.responder?.displayName ?? '',
      degree: r.profile?.degree ?? null,
      studyCountry: r.profile?.studyCountry ?? null,
    },
    project: r.projectId ? { id: r.projectId, name: r.project?.name ?? '' } : null,
    proposal: r.proposal,
    status: r.status,
    intentionId: r.intentionId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The stored challenge as the organisation's form, to check an edit against the whole-record rules. */
export function challengeToInput(c: ChallengeEntity): ChallengeInput {
  return {
    title: c.title,
    titleEn: c.titleEn,
    field: c.field,
    problem: c.problem,
    problemEn: c.problemEn,
    expectedOutcome: c.expectedOutcome,
    expectedOutcomeEn: c.expectedOutcomeEn,
    budgetMin: c.budgetMin,
    budgetMax: c.budgetMax,
    deadline: c.deadline,
  };
}

/** Text the content check reads: everything the organisation wrote, one field per line. */
export function challengeText(
  c: Pick<ChallengeInput, 'title' | 'titleEn' | 'problem' | 'problemEn' | 'expectedOutcome' | 'expectedOutcomeEn'>,
): string {
  return [c.title, c.titleEn, c.problem, c.problemEn, c.expectedOutcome, c.expectedOutcomeEn]
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

/** "「…」" / "“…”" for messages. */
export function quotedTitle(c: Pick<ChallengeEntity, 'title' | 'titleEn'>) {
  return quoted(c.title, c.titleEn);
}
