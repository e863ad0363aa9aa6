import { z } from 'zod';
import { degreeSchema } from '../account/account.schema';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { optionalText, searchText } from '../common/text';
import { idParamSchema } from '../organization/organization.schema';
import { industrySchema } from '../taxonomy/taxonomy';

/** Where a project's team comes from (the fairs report their entrants by country and region). */
export const ORIGIN_REGIONS = [
  'us',
  'canada',
  'uk',
  'germany',
  'france',
  'other_europe',
  'australia',
  'new_zealand',
  'japan',
  'korea',
  'singapore',
  'hk_mo_tw',
  'other_asia',
  'other',
] as const;
export const originRegionSchema = z.enum(ORIGIN_REGIONS);
export type OriginRegion = z.infer<typeof originRegionSchema>;
export const ORIGIN_REGION_LABELS: Record<OriginRegion, Bilingual> = {
  us: { zh: '美国', en: 'United States' },
  canada: { zh: '加拿大', en: 'Canada' },
  uk: { zh: '英国', en: 'United Kingdom' },
  germany: { zh: '德国', en: 'Germany' },
  france: { zh: '法国', en: 'France' },
  other_europe: { zh: '欧洲其他国家', en: 'Elsewhere in Europe' },
  australia: { zh: '澳大利亚', en: 'Australia' },
  new_zealand: { zh: '新西兰', en: 'New Zealand' },
  japan: { zh: '日本', en: 'Japan' },
  korea: { zh: '韩国', en: 'South Korea' },
  singapore: { zh: '新加坡', en: 'Singapore' },
  hk_mo_tw: { zh: '港澳台', en: 'Hong Kong, Macao, Taiwan' },
  other_asia: { zh: '亚洲其他国家和地区', en: 'Elsewhere in Asia' },
  other: { zh: '其他', en: 'Other' },
};

export const PROJECT_STAGES = ['idea', 'prototype', 'revenue'] as const;
export const projectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof projectStageSchema>;
export const PROJECT_STAGE_LABELS: Record<ProjectStage, Bilingual> = {
  idea: { zh: '创意阶段', en: 'Idea' },
  prototype: { zh: '样机/原型', en: 'Prototype' },
  revenue: { zh: '已有营收', en: 'Revenue' },
};

export const PROJECT_SEEKS = ['investment', 'site', 'partner', 'customers'] as const;
export const projectSeekSchema = z.enum(PROJECT_SEEKS);
export type ProjectSeek = z.infer<typeof projectSeekSchema>;
export const PROJECT_SEEK_LABELS: Record<ProjectSeek, Bilingual> = {
  investment: { zh: '融资', en: 'Investment' },
  site: { zh: '落地场地', en: 'A site' },
  partner: { zh: '合作伙伴', en: 'Partners' },
  customers: { zh: '客户/应用场景', en: 'Customers' },
};

/**
 * Who may find the project: `public` lists its summary to everyone, `verified_orgs` only to members of verified
 * organisations. The details (full description, pitch deck, contact) are never public: the owner, staff, the assigned
 * reviewers and organisations that are a party to an intention on the project see them.
 */
export const PROJECT_VISIBILITIES = ['public', 'verified_orgs'] as const;
export const projectVisibilitySchema = z.enum(PROJECT_VISIBILITIES);
export type ProjectVisibility = z.infer<typeof projectVisibilitySchema>;
export const PROJECT_VISIBILITY_LABELS: Record<ProjectVisibility, Bilingual> = {
  public: { zh: '公开项目简介', en: 'Summary visible to everyone' },
  verified_orgs: { zh: '仅认证机构可见', en: 'Verified organisations only' },
};

/**
 * draft → submitted → accepted (screened in) | returned (for changes; edited and submitted again) | rejected.
 * Only accepted projects are listed, reviewed and shortlisted.
 */
export const PROJECT_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'rejected'] as const;
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待筛选', en: 'Awaiting screening' },
  returned: { zh: '退回修改', en: 'Returned for changes' },
  accepted: { zh: '已入库', en: 'Accepted' },
  rejected: { zh: '未通过', en: 'Not accepted' },
};

const FINANCING_MAX = 2_000_000_000;

export const projectInputObject = z.strictObject({
  name: z.string().trim().min(2).max(60),
  nameEn: optionalText(120),
  field: industrySchema,
  originRegion: originRegionSchema,
  teamSize: z.number().int().min(1).max(500),
  leaderDegree: degreeSchema,
  stage: projectStageSchema,
  financingNeed: z
    .number()
    .int()
    .min(0)
    .max(FINANCING_MAX)
    .nullable()
    .default(null)
    .describe('Yuan; null when not raising'),
  seeks: z.array(projectSeekSchema).min(1).max(PROJECT_SEEKS.length),
  summary: z.string().trim().min(20).max(500).describe('Public summary'),
  summaryEn: optionalText(1000),
  details: z.string().trim().min(20).max(5000).describe('Private: technology, team, business plan'),
  detailsEn: optionalText(10000),
  contact: z.string().trim().min(5).max(100).describe('Private: how a party reaches the team'),
  visibility: projectVisibilitySchema.default('public'),
  eventId: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .describe('The fair or roadshow the project registers for'),
});
export const projectInputSchema = projectInputObject;
export type ProjectInput = z.infer<typeof projectInputSchema>;
export type ProjectInputRaw = z.input<typeof projectInputSchema>;
export const updateProjectSchema = partialWithoutDefaults(projectInputObject);
export type UpdateProject = z.infer<typeof updateProjectSchema>;

export const PITCH_DECK_MAX_BYTES = 20 * 1024 * 1024;

/** The published scoring criteria; each scored 0–10, weighted into a total out of 100. */
export const REVIEW_CRITERIA = ['innovation', 'team', 'market', 'localFit'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];
export const REVIEW_CRITERION_WEIGHTS: Record<ReviewCriterion, number> = {
  innovation: 30,
  team: 25,
  market: 25,
  localFit: 20,
};
export const REVIEW_CRITERION_LABELS: Record<ReviewCriterion, Bilingual & { hintZh: string; hintEn: string }> = {
  innovation: {
    zh: '技术创新性',
    en: 'Innovation',
    hintZh: '技术的先进性、原创性与壁垒',
    hintEn: 'How new, original and defensible the technology is',
  },
  team: {
    zh: '团队实力',
    en: 'Team',
    hintZh: '核心成员的经历、分工与投入',
    hintEn: 'Track record, roles and commitment of the core team',
  },
  market: {
    zh: '市场前景',
    en: 'Market',
    hintZh: '市场规模、客户需求与商业模式',
    hintEn: 'Market size, customer need and business model',
  },
  localFit: {
    zh: '产业契合度',
    en: 'Fit with local industry',
    hintZh: '与本市重点产业链的契合与落地可能',
    hintEn: "Fit with the city's key industries and the chance of landing here",
  },
};
export const SCORE_MAX = 10;

/** Weighted total out of 100, rounded to one decimal. */
export function weightedScore(scores: Record<ReviewCriterion, number>): number {
  const total = REVIEW_CRITERIA.reduce((sum, c) => sum + (scores[c] * REVIEW_CRITERION_WEIGHTS[c]) / SCORE_MAX, 0);
  return Math.round(total * 10) / 10;
}

export const projectListQuerySchema = pageQuerySchema.extend({
  q: searchText(40).optional(),
  field: industrySchema.optional(),
  originRegion: originRegionSchema.optional(),
  stage: projectStageSchema.optional(),
  seeks: projectSeekSchema.optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const projectSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  field: industrySchema,
  originRegion: originRegionSchema,
  teamSize: z.number().int(),
  leaderDegree: degreeSchema,
  stage: projectStageSchema,
  financingNeed: z.number().int().nullable(),
  seeks: z.array(projectSeekSchema),
  summary: z.string(),
  summaryEn: z.string().nullable(),
  visibility: projectVisibilitySchema,
  shortlisted: z.boolean(),
  acceptedAt: z.iso.datetime().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export const projectPageSchema = pageSchema(projectSummarySchema);

/** The private part, present only for the owner, staff, assigned reviewers and organisations in an intention with it. */
export const projectPrivateSchema = z.object({
  details: z.string(),
  detailsEn: z.string().nullable(),
  contact: z.string(),
  pitchDeck: z.object({ fileName: z.string(), size: z.number().int(), uploadedAt: z.iso.datetime() }).nullable(),
  leaderName: z.string(),
});
export const projectDetailSchema = projectSummarySchema.extend({
  private: projectPrivateSchema.nullable().describe('null when the caller may not see the details'),
  canPropose: z.boolean().describe('The caller is a verified organisation member without an open intention on it'),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectHistoryEventSchema = z.object({
  action: z.enum(['submitted', 'accepted', 'returned', 'rejected', 'shortlisted', 'unshortlisted']),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
});

export const reviewScoresSchema = z.strictObject({
  innovation: z.number().int().min(0).max(SCORE_MAX),
  team: z.number().int().min(0).max(SCORE_MAX),
  market: z.number().int().min(0).max(SCORE_MAX),
  localFit: z.number().int().min(0).max(SCORE_MAX),
});
export type ReviewScores = z.infer<typeof reviewScoresSchema>;
export const submitReviewSchema = reviewScoresSchema.extend({ comment: z.string().trim().min(5).max(1000) });
export type SubmitReview = z.infer<typeof submitReviewSchema>;

export const projectReviewSchema = z.object({
  reviewer: z.object({ id: z.number().int(), displayName: z.string() }),
  assignedAt: z.iso.datetime(),
  scores: reviewScoresSchema.nullable(),
  total: z.number().nullable(),
  comment: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
});
export type ProjectReview = z.infer<typeof projectReviewSchema>;

/** The owner's and staff's view. Staff also get the reviews; the owner gets the screening outcome and reasons. */
export const projectRecordSchema = projectDetailSchema.extend({
  status: projectStatusSchema,
  statusReason: z.string().nullable().describe('Why it was returned or rejected'),
  owner: z.object({ id: z.number().int(), displayName: z.string() }),
  event: z.object({ id: z.number().int(), title: z.string(), titleEn: z.string().nullable() }).nullable(),
  history: z.array(projectHistoryEventSchema),
  reviews: z.array(projectReviewSchema).nullable().describe('Staff only'),
  averageScore: z.number().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectRecord = z.infer<typeof projectRecordSchema>;
export const projectRecordPageSchema = pageSchema(
  projectRecordSchema
    .omit({ private: true, history: true, reviews: true })
    .extend({ reviewCount: z.number().int(), assignedCount: z.number().int() }),
);

export const STAFF_PROJECT_VIEWS = ['submitted', 'accepted', 'returned', 'rejected', 'ranking', 'shortlisted'] as const;
export const STAFF_PROJECT_VIEW_LABELS: Record<(typeof STAFF_PROJECT_VIEWS)[number], Bilingual> = {
  submitted: { zh: '待筛选', en: 'To screen' },
  accepted: { zh: '已入库', en: 'Accepted' },
  returned: { zh: '退回修改', en: 'Returned' },
  rejected: { zh: '未通过', en: 'Rejected' },
  ranking: { zh: '评审排名', en: 'Ranking' },
  shortlisted: { zh: '入围路演', en: 'Shortlisted' },
};
export const staffProjectQuerySchema = pageQuerySchema.extend({
  view: z.enum(STAFF_PROJECT_VIEWS).default('submitted'),
  eventId: z.coerce.number().int().positive().optional(),
});
export type StaffProjectQuery = z.infer<typeof staffProjectQuerySchema>;
/** The ranking takes the same filters as the staff list, without the view (it is a view of its own). */
export const rankingQuerySchema = staffProjectQuerySchema.omit({ view: true });
/** A reviewer assigned to a project: /staff/projects/:id/reviewers/:userId. */
export const projectReviewerParamSchema = idParamSchema.extend({ userId: idParamSchema.shape.id });

export const screenProjectSchema = z
  .strictObject({ decision: z.enum(['accept', 'return', 'reject']), reason: optionalText(500) })
  .refine((v) => v.decision === 'accept' || (v.reason && v.reason.length >= 2), {
    message: 'a reason the talent will read is required to return or reject',
    path: ['reason'],
  });
export type ScreenProject = z.infer<typeof screenProjectSchema>;
export const assignReviewersSchema = z.strictObject({
  reviewerIds: z.array(z.number().int().positive()).min(1).max(10),
});
export const shortlistSchema = z.strictObject({ shortlisted: z.boolean() });

/** The ranking row staff shortlist from: accepted projects by average weighted score (unscored last). */
export const rankingRowSchema = z.object({
  rank: z.number().int(),
  project: projectSummarySchema.pick({
    id: true,
    name: true,
    nameEn: true,
    field: true,
    originRegion: true,
    stage: true,
    shortlisted: true,
  }),
  averageScore: z.number().nullable(),
  reviewCount: z.number().int(),
  assignedCount: z.number().int(),
  // Averages are not whole numbers: the same criteria as reviewScoresSchema, as plain numbers.
  byCriterion: z
    .object({ innovation: z.number(), team: z.number(), market: z.number(), localFit: z.number() })
    .partial()
    .describe('Averages per criterion, one decimal'),
});
export const rankingPageSchema = pageSchema(rankingRowSchema);

/** Accounts that can be assigned as expert reviewers: reviewers and staff. */
export const reviewerAccountSchema = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: z.enum(['reviewer', 'staff', 'admin']),
});
export const reviewerListSchema = z.object({ items: z.array(reviewerAccountSchema) });

/** A reviewer's queue: projects assigned to them, scored or not. */
export const reviewAssignmentSchema = z.object({
  project: projectSummarySchema,
  assignedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  total: z.number().nullable(),
});
export const reviewAssignmentPageSchema = pageSchema(reviewAssignmentSchema);
export const reviewAssignmentQuerySchema = pageQuerySchema.extend({ done: z.enum(['true', 'false']).optional() });
/** The project a reviewer scores: /reviews/:projectId. */
export const reviewProjectParamSchema = z.object({ projectId: idParamSchema.shape.id });

/** Talents who opted in (profile visibility public or verified organisations), for organisations to browse. */
export const talentCardSchema = z.object({
  userId: z.number().int(),
  displayName: z.string(),
  degree: degreeSchema,
  studyCountry: z.string(),
  major: z.string(),
  industry: industrySchema.nullable(),
  intent: z.string(),
  returnYear: z.number().int().nullable(),
  canPropose: z.boolean(),
});
export type TalentCard = z.infer<typeof talentCardSchema>;
export const talentCardPageSchema = pageSchema(talentCardSchema);
export const talentListQuerySchema = pageQuerySchema.extend({
  industry: industrySchema.optional(),
  degree: degreeSchema.optional(),
});
