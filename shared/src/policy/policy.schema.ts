import { z } from 'zod';
import { optionalText } from '../common/text';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { idParamSchema } from '../organization/organization.schema';
import { regionSchema } from '../taxonomy/taxonomy';
import { criteriaSchema, criterionSchema } from './criteria';
import { matchAnswersSchema, verdictSchema } from './matcher';

export const POLICY_CATEGORIES = [
  'startup_funding',
  'talent_recognition',
  'housing',
  'research_funding',
  'visa_residence',
  'education',
  'healthcare',
  'tax',
  'employment',
] as const;
export const policyCategorySchema = z.enum(POLICY_CATEGORIES);
export type PolicyCategory = z.infer<typeof policyCategorySchema>;
export const POLICY_CATEGORY_LABELS: Record<PolicyCategory, Bilingual> = {
  startup_funding: { zh: '创业扶持', en: 'Startup funding' },
  talent_recognition: { zh: '人才认定', en: 'Talent recognition' },
  housing: { zh: '安居补贴', en: 'Housing & settling-in' },
  research_funding: { zh: '科研资助', en: 'Research funding' },
  visa_residence: { zh: '签证居留', en: 'Visa, residence & work permit' },
  education: { zh: '子女教育', en: 'Children’s education' },
  healthcare: { zh: '医疗保障', en: 'Healthcare' },
  tax: { zh: '税收优惠', en: 'Tax' },
  employment: { zh: '就业补贴', en: 'Employment' },
};

export const TARGET_GROUPS = ['returnee', 'foreign_talent', 'intl_graduate', 'high_level', 'young_talent'] as const;
export const targetGroupSchema = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export const TARGET_GROUP_LABELS: Record<TargetGroup, Bilingual> = {
  returnee: { zh: '留学回国人员', en: 'Returnees' },
  foreign_talent: { zh: '外籍人才', en: 'Foreign talent' },
  intl_graduate: { zh: '国际留学生', en: 'International graduates' },
  high_level: { zh: '高层次人才', en: 'High-level talent' },
  young_talent: { zh: '青年人才', en: 'Young talent' },
};

/** How often the amount is paid; the matcher's total counts the first year. */
export const AMOUNT_PERIODS = ['once', 'yearly', 'monthly'] as const;
export const amountPeriodSchema = z.enum(AMOUNT_PERIODS);
export type AmountPeriod = z.infer<typeof amountPeriodSchema>;
export const AMOUNT_PERIOD_LABELS: Record<AmountPeriod, Bilingual> = {
  once: { zh: '一次性', en: 'one-off' },
  yearly: { zh: '每年', en: 'per year' },
  monthly: { zh: '每月', en: 'per month' },
};
export function firstYearAmount(amount: number | null, period: AmountPeriod): number {
  if (amount === null) return 0;
  return period === 'monthly' ? amount * 12 : amount;
}

export const POLICY_STATUSES = ['draft', 'published', 'archived'] as const;
export const policyStatusSchema = z.enum(POLICY_STATUSES);
export type PolicyStatus = z.infer<typeof policyStatusSchema>;
export const POLICY_STATUS_LABELS: Record<PolicyStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已下线', en: 'Withdrawn' },
};

export const POLICY_TITLE_MAX = 120;
export const POLICY_SUMMARY_MAX = 300;
export const POLICY_BODY_MAX = 60_000;
/** At most 50 million yuan: the largest team grants in the seed reports. */
export const AMOUNT_MAX = 50_000_000;
/** Largest PDF attachment of a policy. */
export const POLICY_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const isoDate = z.iso.date().describe('YYYY-MM-DD');
/** What staff write (console form and Excel rows share it). */
export const policyInputObject = z.strictObject({
  title: z.string().trim().min(4).max(POLICY_TITLE_MAX),
  titleEn: optionalText(POLICY_TITLE_MAX * 2),
  issuer: z.string().trim().min(2).max(60).describe('Issuing body, e.g. 厦门市科学技术局'),
  issuerEn: optionalText(120),
  region: regionSchema,
  category: policyCategorySchema,
  targetGroups: z.array(targetGroupSchema).min(1).max(TARGET_GROUPS.length),
  amountMin: z.number().int().min(0).max(AMOUNT_MAX).nullable().default(null).describe('Whole yuan'),
  amountMax: z.number().int().min(0).max(AMOUNT_MAX).nullable().default(null).describe('Whole yuan'),
  amountPeriod: amountPeriodSchema.default('once'),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null).describe('Null for a standing policy'),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .default(null),
  summary: z.string().trim().min(10).max(POLICY_SUMMARY_MAX),
  summaryEn: optionalText(POLICY_SUMMARY_MAX * 2),
  body: z.string().trim().min(1).max(POLICY_BODY_MAX).describe('HTML; sanitised on save'),
  bodyEn: optionalText(POLICY_BODY_MAX),
  howToApply: z.string().trim().min(4).max(1000).describe('Steps to claim, plain text'),
  howToApplyEn: optionalText(2000),
  contact: optionalText(120).describe('Office and phone for questions'),
  criteria: criteriaSchema.default([]),
});

const amountOrder = (v: { amountMin: number | null; amountMax: number | null }) =>
  v.amountMin === null || v.amountMax === null || v.amountMin <= v.amountMax;
const dateOrder = (v: { validFrom: string; validTo: string | null }) => v.validTo === null || v.validFrom <= v.validTo;

export const policyInputSchema = policyInputObject
  .refine(amountOrder, { message: 'amountMin must not exceed amountMax', path: ['amountMax'] })
  .refine(dateOrder, { message: 'validTo must not be before validFrom', path: ['validTo'] });
export type PolicyInput = z.infer<typeof policyInputSchema>;
export type PolicyInputRaw = z.input<typeof policyInputSchema>;

export const updatePolicySchema = partialWithoutDefaults(policyInputObject);
export type UpdatePolicy = z.infer<typeof updatePolicySchema>;

export const POLICY_SORTS = ['newest', 'amount', 'deadline'] as const;
export const policySortSchema = z.enum(POLICY_SORTS);
export type PolicySort = z.infer<typeof policySortSchema>;
export const POLICY_SORT_LABELS: Record<PolicySort, Bilingual> = {
  newest: { zh: '最新发布', en: 'Newest' },
  amount: { zh: '金额最高', en: 'Highest amount' },
  deadline: { zh: '即将截止', en: 'Closing soon' },
};

export const policyListQuerySchema = pageQuerySchema.extend({
  region: regionSchema.optional().describe('Only this district (citywide policies are included for any district)'),
  category: policyCategorySchema.optional(),
  targetGroup: targetGroupSchema.optional(),
  minAmount: z.coerce.number().int().min(0).max(AMOUNT_MAX).optional().describe('Benefit of at least this many yuan'),
  sort: policySortSchema.default('newest'),
});
export type PolicyListQuery = z.infer<typeof policyListQuerySchema>;

export const policyAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  url: z.string().describe('Download path'),
});
export type PolicyAttachment = z.infer<typeof policyAttachmentSchema>;

export const policySummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  issuer: z.string(),
  issuerEn: z.string().nullable(),
  region: regionSchema,
  category: policyCategorySchema,
  targetGroups: z.array(targetGroupSchema),
  amountMin: z.number().int().nullable(),
  amountMax: z.number().int().nullable(),
  amountPeriod: amountPeriodSchema,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  summary: z.string(),
  summaryEn: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
});
export type PolicySummary = z.infer<typeof policySummarySchema>;
export const policyPageSchema = pageSchema(policySummarySchema);
export type PolicyPage = z.infer<typeof policyPageSchema>;

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const criterionViewSchema = z.object({
  criterion: criterionSchema,
  requirement: bilingualSchema,
});

export const policyDetailSchema = policySummarySchema.extend({
  sourceUrl: z.string().nullable(),
  body: z.string().describe('Sanitised HTML'),
  bodyEn: z.string().nullable(),
  howToApply: z.string(),
  howToApplyEn: z.string().nullable(),
  contact: z.string().nullable(),
  criteria: z.array(criterionViewSchema),
  attachments: z.array(policyAttachmentSchema),
  viewCount: z.number().int(),
  favoriteCount: z.number().int(),
  favorited: z.boolean().describe('Whether the signed-in reader has it in favourites; false when signed out'),
});
export type PolicyDetail = z.infer<typeof policyDetailSchema>;

export const policyRecordSchema = policyDetailSchema.extend({
  status: policyStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PolicyRecord = z.infer<typeof policyRecordSchema>;
export const policyRecordPageSchema = pageSchema(
  policyRecordSchema.omit({ body: true, bodyEn: true, attachments: true }),
);

export const STAFF_POLICY_VIEWS = ['all', 'draft', 'published', 'archived', 'expiring', 'expired'] as const;
export const staffPolicyViewSchema = z.enum(STAFF_POLICY_VIEWS);
export type StaffPolicyView = z.infer<typeof staffPolicyViewSchema>;
export const STAFF_POLICY_VIEW_LABELS: Record<StaffPolicyView, Bilingual> = {
  all: { zh: '全部', en: 'All' },
  draft: { zh: '草稿', en: 'Drafts' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已下线', en: 'Withdrawn' },
  expiring: { zh: '30天内到期', en: 'Expiring in 30 days' },
  expired: { zh: '已过期', en: 'Expired' },
};
export const EXPIRING_WITHIN_DAYS = 30;
export const staffPolicyQuerySchema = pageQuerySchema.extend({ view: staffPolicyViewSchema.default('all') });
export type StaffPolicyQuery = z.infer<typeof staffPolicyQuerySchema>;

/** Matcher output: one entry per published, unexpired policy, best first. */
export const criterionResultSchema = z.object({
  criterion: criterionSchema,
  requirement: bilingualSchema,
  status: z.enum(['met', 'not_met', 'unknown']),
  reason: bilingualSchema,
});
export const matchItemSchema = z.object({
  policy: policySummarySchema,
  verdict: verdictSchema,
  criteria: z.array(criterionResultSchema),
  missing: z.array(z.string()).describe('Questionnaire keys whose answers would settle a "maybe"'),
  firstYearAmount: z.number().int().describe('Upper amount over the first year, in yuan'),
  closingSoon: z.boolean().describe('Valid-to date within 30 days'),
});
export type MatchItem = z.infer<typeof matchItemSchema>;
export const matchResultSchema = z.object({
  answers: matchAnswersSchema,
  evaluatedAt: z.iso.datetime(),
  counts: z.object({ eligible: z.number().int(), maybe: z.number().int(), not_eligible: z.number().int() }),
  potential: z.object({
    eligible: z.number().int().describe('First-year total of eligible policies (upper amounts), yuan'),
    withMaybe: z.number().int().describe('The same including the "maybe" policies'),
  }),
  items: z.array(matchItemSchema),
});
export type MatchResult = z.infer<typeof matchResultSchema>;

export const favoriteStateSchema = z.object({ favorited: z.boolean(), favoriteCount: z.number().int() });
export type FavoriteState = z.infer<typeof favoriteStateSchema>;

/** An attachment of a policy in a path: /policies/:id/attachments/:attachmentId. */
export const policyAttachmentParamSchema = idParamSchema.extend({ attachmentId: idParamSchema.shape.id });
export type PolicyAttachmentParam = z.infer<typeof policyAttachmentParamSchema>;
