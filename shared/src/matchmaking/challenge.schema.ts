import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { optionalText, searchText } from '../common/text';
import { idParamSchema } from '../organization/organization.schema';
import { industrySchema } from '../taxonomy/taxonomy';
import { CONTENT_CHECK_RESULTS } from '../job/job.schema';

/**
 * 揭榜挂帅: pending (content-checked, waiting for staff) → open (approved) | rejected; an open challenge ends as
 * awarded (a response was picked) or closed (withdrawn by the organisation, or past its deadline).
 */
export const CHALLENGE_STATUSES = ['pending', 'open', 'rejected', 'awarded', 'closed'] as const;
export const challengeStatusSchema = z.enum(CHALLENGE_STATUSES);
export type ChallengeStatus = z.infer<typeof challengeStatusSchema>;
export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, Bilingual> = {
  pending: { zh: '待审核', en: 'Under review' },
  open: { zh: '揭榜中', en: 'Open' },
  rejected: { zh: '未通过', en: 'Rejected' },
  awarded: { zh: '已揭榜', en: 'Awarded' },
  closed: { zh: '已结束', en: 'Closed' },
};

const BUDGET_MAX = 2_000_000_000;

export const challengeInputObject = z.strictObject({
  title: z.string().trim().min(4).max(80),
  titleEn: optionalText(160),
  field: industrySchema,
  problem: z.string().trim().min(20).max(3000),
  problemEn: optionalText(6000),
  expectedOutcome: z.string().trim().min(10).max(2000),
  expectedOutcomeEn: optionalText(4000),
  budgetMin: z.number().int().min(0).max(BUDGET_MAX).nullable().default(null).describe('Yuan'),
  budgetMax: z.number().int().min(0).max(BUDGET_MAX).nullable().default(null).describe('Yuan'),
  deadline: z.iso.date().describe('Last day to respond, YYYY-MM-DD'),
});
export const challengeInputSchema = challengeInputObject.refine(
  (v) => v.budgetMin == null || v.budgetMax == null || v.budgetMin <= v.budgetMax,
  { message: 'budgetMin must not exceed budgetMax', path: ['budgetMax'] },
);
export type ChallengeInput = z.infer<typeof challengeInputSchema>;
export type ChallengeInputRaw = z.input<typeof challengeInputSchema>;
export const updateChallengeSchema = partialWithoutDefaults(challengeInputObject);

export const challengeListQuerySchema = pageQuerySchema.extend({
  q: searchText(40).optional(),
  field: industrySchema.optional(),
});

export const challengeSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  field: industrySchema,
  organization: z.object({ id: z.number().int(), name: z.string() }),
  budgetMin: z.number().int().nullable(),
  budgetMax: z.number().int().nullable(),
  deadline: z.iso.date(),
  status: challengeStatusSchema,
  responseCount: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
});
export type ChallengeSummary = z.infer<typeof challengeSummarySchema>;
export const challengePageSchema = pageSchema(challengeSummarySchema);

export const challengeDetailSchema = challengeSummarySchema.extend({
  problem: z.string(),
  problemEn: z.string().nullable(),
  expectedOutcome: z.string(),
  expectedOutcomeEn: z.string().nullable(),
  myResponse: z
    .lazy(() => challengeResponseSchema)
    .nullable()
    .describe("The signed-in talent's own response"),
  canRespond: z.boolean(),
});
export type ChallengeDetail = z.infer<typeof challengeDetailSchema>;

export const challengeRecordSchema = challengeDetailSchema.extend({
  contentCheck: z.enum(CONTENT_CHECK_RESULTS),
  rejectReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ChallengeRecord = z.infer<typeof challengeRecordSchema>;
export const challengeRecordPageSchema = pageSchema(
  challengeRecordSchema.omit({
    problem: true,
    problemEn: true,
    expectedOutcome: true,
    expectedOutcomeEn: true,
    myResponse: true,
  }),
);
export const STAFF_CHALLENGE_VIEWS = ['pending', 'open', 'rejected', 'awarded', 'closed'] as const;
export const staffChallengeQuerySchema = pageQuerySchema.extend({
  view: z.enum(STAFF_CHALLENGE_VIEWS).default('pending'),
});
export const orgChallengeQuerySchema = pageQuerySchema.extend({ status: challengeStatusSchema.optional() });
export const reviewChallengeSchema = z
  .strictObject({ decision: z.enum(['approve', 'reject']), reason: optionalText(300) })
  .refine((v) => v.decision === 'approve' || (v.reason && v.reason.length >= 2), {
    message: 'a reason the organisation will read is required to reject',
    path: ['reason'],
  });

export const RESPONSE_STATUSES = ['submitted', 'shortlisted', 'picked', 'not_picked', 'withdrawn'] as const;
export const responseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof responseStatusSchema>;
export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, Bilingual> = {
  submitted: { zh: '已揭榜', en: 'Submitted' },
  shortlisted: { zh: '入围', en: 'Shortlisted' },
  picked: { zh: '中选', en: 'Picked' },
  not_picked: { zh: '未中选', en: 'Not picked' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const respondChallengeSchema = z.strictObject({
  proposal: z.string().trim().min(20).max(3000),
  projectId: z.number().int().positive().nullable().default(null).describe("One of the talent's own accepted projects"),
});
export type RespondChallenge = z.infer<typeof respondChallengeSchema>;

/** Visible to the responder, the organisation that posted the challenge, and staff. */
export const challengeResponseSchema = z.object({
  id: z.number().int(),
  challengeId: z.number().int(),
  challengeTitle: z.string(),
  responder: z.object({
    id: z.number().int(),
    displayName: z.string(),
    degree: z.string().nullable(),
    studyCountry: z.string().nullable(),
  }),
  project: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  proposal: z.string(),
  status: responseStatusSchema,
  intentionId: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ChallengeResponse = z.infer<typeof challengeResponseSchema>;
export const challengeResponsePageSchema = pageSchema(challengeResponseSchema);
export const responseListQuerySchema = pageQuerySchema.extend({ status: responseStatusSchema.optional() });
/** A response to a challenge: /org/challenges/:id/responses/:responseId. */
export const challengeResponseParamSchema = idParamSchema.extend({ responseId: idParamSchema.shape.id });
export const moveResponseSchema = z.strictObject({
  status: z.enum(['shortlisted', 'picked']),
  note: optionalText(500).describe('For a pick: the first note of the intention'),
});
