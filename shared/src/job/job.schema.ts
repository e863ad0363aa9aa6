import { z } from 'zod';
import { DEGREE_LABELS, degreeSchema } from '../account/account.schema';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { optionalText, searchText } from '../common/text';
import { districtSchema, industrySchema } from '../taxonomy/taxonomy';

export { DEGREE_LABELS };

export const JOB_FUNCTIONS = [
  'research',
  'engineering',
  'product',
  'data',
  'medical',
  'sales',
  'management',
  'finance',
  'education',
  'other',
] as const;
export const jobFunctionSchema = z.enum(JOB_FUNCTIONS);
export type JobFunction = z.infer<typeof jobFunctionSchema>;
export const JOB_FUNCTION_LABELS: Record<JobFunction, Bilingual> = {
  research: { zh: '研发', en: 'Research & development' },
  engineering: { zh: '工程技术', en: 'Engineering' },
  product: { zh: '产品', en: 'Product' },
  data: { zh: '数据与算法', en: 'Data & algorithms' },
  medical: { zh: '医药医疗', en: 'Medical' },
  sales: { zh: '市场与销售', en: 'Sales & marketing' },
  management: { zh: '经营管理', en: 'Management' },
  finance: { zh: '金融投资', en: 'Finance & investment' },
  education: { zh: '教育科研', en: 'Education & academia' },
  other: { zh: '其他', en: 'Other' },
};

/** A posting lives 30 days unless the enterprise chooses otherwise, 90 at most; it may be extended once. */
export const POSITION_DEFAULT_DAYS = 30;
export const POSITION_MAX_DAYS = 90;
export const POSITION_REMINDER_DAYS = 5;

export const POSITION_STATUSES = ['pending', 'approved', 'rejected', 'closed'] as const;
export const positionStatusSchema = z.enum(POSITION_STATUSES);
export type PositionStatus = z.infer<typeof positionStatusSchema>;
export const POSITION_STATUS_LABELS: Record<PositionStatus, Bilingual> = {
  pending: { zh: '待审核', en: 'Under review' },
  approved: { zh: '招聘中', en: 'Open' },
  rejected: { zh: '未通过', en: 'Rejected' },
  closed: { zh: '已关闭', en: 'Closed' },
};
export const CLOSE_REASONS = ['expired', 'filled', 'withdrawn'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const CLOSE_REASON_LABELS: Record<CloseReason, Bilingual> = {
  expired: { zh: '已到期', en: 'Expired' },
  filled: { zh: '已招满', en: 'Filled' },
  withdrawn: { zh: '已撤下', en: 'Withdrawn' },
};

/** What the WeChat content check said of the text: pass, or "review" (a person must look). Risky text is refused. */
export const CONTENT_CHECK_RESULTS = ['pass', 'review'] as const;
export type ContentCheckResult = (typeof CONTENT_CHECK_RESULTS)[number];

const SALARY_MAX = 1_000_000;

export const positionInputObject = z.strictObject({
  title: z.string().trim().min(2).max(60),
  titleEn: optionalText(120),
  function: jobFunctionSchema,
  industry: industrySchema,
  city: z.string().trim().min(2).max(20).default('厦门'),
  district: districtSchema,
  salaryMin: z.number().int().min(0).max(SALARY_MAX).nullable().default(null).describe('Monthly, yuan'),
  salaryMax: z.number().int().min(0).max(SALARY_MAX).nullable().default(null).describe('Monthly, yuan'),
  negotiable: z.boolean().default(false).describe('面议: no salary shown'),
  minDegree: degreeSchema,
  experienceYears: z.number().int().min(0).max(30).default(0).describe('Minimum years of experience'),
  headcount: z.number().int().min(1).max(100).default(1),
  description: z.string().trim().min(20).max(3000),
  descriptionEn: optionalText(6000),
  requirements: z.string().trim().min(10).max(2000),
  requirementsEn: optionalText(4000),
  benefits: optionalText(1000),
  languages: z
    .array(z.string().trim().min(2).max(20))
    .max(5)
    .default([])
    .describe('Language requirements, e.g. English (fluent)'),
  expiresOn: z.iso
    .date()
    .nullable()
    .default(null)
    .describe(`YYYY-MM-DD; default ${POSITION_DEFAULT_DAYS} days, at most ${POSITION_MAX_DAYS}`),
});

const salaryRule = (v: { salaryMin?: number | null; salaryMax?: number | null; negotiable?: boolean }) =>
  v.negotiable || v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;

export const positionInputSchema = positionInputObject
  .refine(salaryRule, { message: 'salaryMin must not exceed salaryMax', path: ['salaryMax'] })
  .refine((v) => v.negotiable || v.salaryMin !== null || v.salaryMax !== null, {
    message: 'give a salary range or mark it negotiable',
    path: ['salaryMin'],
  });
export type PositionInput = z.infer<typeof positionInputSchema>;
export type PositionInputRaw = z.input<typeof positionInputSchema>;
export const updatePositionSchema = partialWithoutDefaults(positionInputObject);
export type UpdatePosition = z.infer<typeof updatePositionSchema>;

export const POSTED_WITHIN = ['3', '7', '30'] as const;
export const positionListQuerySchema = pageQuerySchema.extend({
  q: searchText(40).optional().describe('Words in the title or text'),
  industry: industrySchema.optional(),
  function: jobFunctionSchema.optional(),
  district: districtSchema.optional(),
  minDegree: degreeSchema.optional().describe('Positions asking for at most this degree'),
  minSalary: z.coerce
    .number()
    .int()
    .min(0)
    .max(SALARY_MAX)
    .optional()
    .describe('Monthly yuan the position pays at least'),
  postedWithin: z.enum(POSTED_WITHIN).optional().describe('Days'),
});
export type PositionListQuery = z.infer<typeof positionListQuerySchema>;

export const positionSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  function: jobFunctionSchema,
  industry: industrySchema,
  city: z.string(),
  district: districtSchema,
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  negotiable: z.boolean(),
  minDegree: degreeSchema,
  experienceYears: z.number().int(),
  headcount: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  expiresOn: z.iso.date(),
});
export type PositionSummary = z.infer<typeof positionSummarySchema>;
export const positionPageSchema = pageSchema(positionSummarySchema);
export type PositionPage = z.infer<typeof positionPageSchema>;

export const positionDetailSchema = positionSummarySchema.extend({
  description: z.string(),
  descriptionEn: z.string().nullable(),
  requirements: z.string(),
  requirementsEn: z.string().nullable(),
  benefits: z.string().nullable(),
  languages: z.array(z.string()),
  favorited: z.boolean(),
  applied: z.boolean().describe('The signed-in talent has an application here'),
});
export type PositionDetail = z.infer<typeof positionDetailSchema>;

/** The owner's and staff's view: state, review outcome and the hygiene facts. */
export const positionRecordSchema = positionDetailSchema.extend({
  status: positionStatusSchema,
  contentCheck: z.enum(CONTENT_CHECK_RESULTS),
  rejectReason: z.string().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  extended: z.boolean(),
  applicationCount: z.number().int(),
  viewCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PositionRecord = z.infer<typeof positionRecordSchema>;
export const positionRecordPageSchema = pageSchema(
  positionRecordSchema.omit({
    description: true,
    descriptionEn: true,
    requirements: true,
    requirementsEn: true,
    benefits: true,
  }),
);
/** The organisation's own positions, in one state or all. */
export const orgPositionQuerySchema = pageQuerySchema.extend({ status: positionStatusSchema.optional() });

export const STAFF_POSITION_VIEWS = ['pending', 'approved', 'rejected', 'closed', 'stale'] as const;
export const staffPositionQuerySchema = pageQuerySchema.extend({
  view: z.enum(STAFF_POSITION_VIEWS).default('pending'),
});
export type StaffPositionQuery = z.infer<typeof staffPositionQuerySchema>;
export const STAFF_POSITION_VIEW_LABELS: Record<(typeof STAFF_POSITION_VIEWS)[number], Bilingual> = {
  pending: { zh: '待审核', en: 'To review' },
  approved: { zh: '招聘中', en: 'Open' },
  rejected: { zh: '未通过', en: 'Rejected' },
  closed: { zh: '已关闭', en: 'Closed' },
  stale: { zh: '即将到期', en: 'Going stale' },
};
export const reviewPositionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    reason: optionalText(300),
  })
  .refine((v) => v.decision === 'approve' || (v.reason && v.reason.length >= 2), {
    message: 'a reason the enterprise will read is required to reject',
    path: ['reason'],
  });
export type ReviewPosition = z.infer<typeof reviewPositionSchema>;
export const closePositionSchema = z.strictObject({ reason: z.enum(['filled', 'withdrawn']) });
export const extendPositionSchema = z.strictObject({ expiresOn: z.iso.date() });

// ---- applications ----

export const APPLICATION_STATUSES = ['submitted', 'viewed', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Bilingual> = {
  submitted: { zh: '已投递', en: 'Submitted' },
  viewed: { zh: '已查看', en: 'Viewed' },
  interview: { zh: '邀请面试', en: 'Interview' },
  offer: { zh: '已录用', en: 'Offer' },
  rejected: { zh: '不合适', en: 'Not selected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
/** Where the enterprise may move an application from each state; offer, rejected and withdrawn are final. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, ApplicationStatus[]> = {
  submitted: ['viewed', 'interview', 'rejected'],
  viewed: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: [],
  rejected: [],
  withdrawn: [],
};

export const applySchema = z.strictObject({
  message: z.string().trim().min(2).max(1000),
  channel: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,16}$/i)
    .nullish()
    .transform((v) => v ?? null)
    .describe('The channel tag the talent arrived through'),
});
export type Apply = z.infer<typeof applySchema>;

export const applicantProfileSchema = z.object({
  name: z.string(),
  nationality: z.string(),
  studyCountry: z.string(),
  degree: degreeSchema,
  school: z.string(),
  major: z.string(),
  returnYear: z.number().int().nullable(),
  hasCv: z.boolean(),
});

export const applicationEventSchema = z.object({
  status: applicationStatusSchema,
  message: z.string().nullable(),
  at: z.iso.datetime(),
});

export const applicationSchema = z.object({
  id: z.number().int(),
  position: z.object({
    id: z.number().int(),
    title: z.string(),
    titleEn: z.string().nullable(),
    organizationName: z.string(),
  }),
  status: applicationStatusSchema,
  message: z.string(),
  applicant: applicantProfileSchema.describe('The profile as shared when applying'),
  history: z.array(applicationEventSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationPageSchema = pageSchema(applicationSchema);
export const applicationListQuerySchema = pageQuerySchema.extend({ status: applicationStatusSchema.optional() });
export const moveApplicationSchema = z.strictObject({
  status: z.enum(['viewed', 'interview', 'offer', 'rejected']),
  message: optionalText(500),
});
export type MoveApplication = z.infer<typeof moveApplicationSchema>;

// ---- notifications ----

export const NOTIFICATION_KINDS = [
  'application_status',
  'application_new',
  'position_review',
  'position_expiring',
  'position_closed',
  'project_status',
  'review_assigned',
  'event_registration',
  'challenge_review',
  'challenge_response',
  'intention_step',
  'consultation_reply',
  'consultation_status',
  'consultation_staff',
  'consultation_reminder',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;
export const notificationSchema = z.object({
  id: z.number().int(),
  kind: notificationKindSchema,
  title: z.object({ zh: z.string(), en: z.string() }),
  body: z.object({ zh: z.string(), en: z.string() }),
  link: z.object({ page: z.string(), id: z.number().int() }).nullable().describe('Mini-app page to open'),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number().int() });
export const unreadCountSchema = z.object({ unread: z.number().int() });

/** Subscribe-message templates the mini-app asks the user for (requestSubscribeMessage), by purpose. */
export const SUBSCRIBE_TEMPLATES = ['application_status', 'consultation_reply'] as const;
export const subscribeSchema = z.strictObject({
  template: z.enum(SUBSCRIBE_TEMPLATES),
  accepted: z.boolean().describe('What requestSubscribeMessage answered for this template'),
});

// ---- channels (overseas liaison) ----

export const channelTagSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,16}$/i, '1–16 letters, digits, _ or -');
export const shareQuerySchema = z.object({ channel: channelTagSchema });
/** A position opened from a share link: its channel tag, ignored when malformed rather than breaking the page. */
export const positionDetailQuerySchema = z.object({ channel: channelTagSchema.optional().catch(undefined) });
export const positionShareSchema = z.object({
  channel: z.string(),
  path: z.string().describe('Mini-app path with the channel, for share links'),
  scene: z.string().max(32).describe('What the mini-program code carries (≤ 32 characters)'),
});
export const channelStatSchema = z.object({
  channel: z.string(),
  views: z.number().int(),
  applications: z.number().int(),
});
export const channelStatsSchema = z.object({ items: z.array(channelStatSchema) });
