import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { localeSchema } from '../common/locale';
import { pageQuerySchema, pageSchema } from '../common/pagination';
import { optionalText } from '../common/text';

/**
 * 咨询: a talent or an organisation member asks the service station; staff answer within time limits counted in
 * working days (12345 hotline practice: 受理 → 分派 → 限时办理 → 答复 → 回访评价 → 办结归档).
 *
 * open → (staff reply asking for information) waiting → (asker adds information) open → resolved;
 * resolved → open again when the asker reopens within REOPEN_DAYS (calendar days). Timers pause while waiting.
 */
export const CONSULTATION_CATEGORIES = [
  'visa',
  'work_permit',
  'talent_policy',
  'startup_finance',
  'housing',
  'schooling',
  'parks',
  'other',
] as const;
export const consultationCategorySchema = z.enum(CONSULTATION_CATEGORIES);
export type ConsultationCategory = z.infer<typeof consultationCategorySchema>;
export const CONSULTATION_CATEGORY_LABELS: Record<ConsultationCategory, Bilingual> = {
  visa: { zh: '签证与居留', en: 'Visa & residence' },
  work_permit: { zh: '工作许可', en: 'Work permit' },
  talent_policy: { zh: '人才政策', en: 'Talent policies' },
  startup_finance: { zh: '创业与融资', en: 'Start-up & finance' },
  housing: { zh: '住房保障', en: 'Housing' },
  schooling: { zh: '子女入学', en: "Children's schooling" },
  parks: { zh: '园区入驻', en: 'Industrial parks' },
  other: { zh: '其他', en: 'Other' },
};

export const CONSULTATION_STATUSES = ['open', 'waiting', 'resolved'] as const;
export const consultationStatusSchema = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof consultationStatusSchema>;
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, Bilingual> = {
  open: { zh: '办理中', en: 'In progress' },
  waiting: { zh: '待补充信息', en: 'Waiting for your information' },
  resolved: { zh: '已答复', en: 'Answered' },
};

/** Calendar days after resolution in which the asker may reopen. */
export const REOPEN_DAYS = 7;
/** Default targets in working days (a category can have its own). */
export const DEFAULT_FIRST_RESPONSE_WORKING_DAYS = 1;
export const DEFAULT_RESOLUTION_WORKING_DAYS = 5;
export const MAX_CONSULTATION_ATTACHMENTS = 5;
/** Largest attachment (image or PDF, judged by content). */
export const MAX_DESK_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** What a consultation can be about: a page the "Ask about this" button was pressed on. */
export const CONSULTATION_SUBJECT_TYPES = ['policy', 'park', 'position', 'event'] as const;
export const consultationSubjectTypeSchema = z.enum(CONSULTATION_SUBJECT_TYPES);
export type ConsultationSubjectType = z.infer<typeof consultationSubjectTypeSchema>;

/** A file uploaded before the question or reply that carries it (WeChat uploads one file a request). */
export const deskAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int(),
  url: z.string().describe('Download path (the uploader, the asker and staff only)'),
});
export type DeskAttachment = z.infer<typeof deskAttachmentSchema>;

const attachmentIdsSchema = z
  .array(z.number().int().positive())
  .max(MAX_CONSULTATION_ATTACHMENTS)
  .default([])
  .describe('Ids of the caller’s own uploads not yet attached to anything');

export const askConsultationSchema = z.strictObject({
  category: consultationCategorySchema,
  subject: z.string().trim().min(2).max(80).describe('One line: what the question is about'),
  body: z.string().trim().min(5).max(2000),
  answerLocale: localeSchema.describe('The language the asker wants the answer in'),
  about: z
    .strictObject({ type: consultationSubjectTypeSchema, id: z.number().int().positive() })
    .nullable()
    .default(null),
  attachmentIds: attachmentIdsSchema,
});
export type AskConsultation = z.input<typeof askConsultationSchema>;

export const consultationAboutSchema = z.object({
  type: consultationSubjectTypeSchema,
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
});

export const consultationMessageSchema = z.object({
  id: z.number().int(),
  author: z.enum(['asker', 'staff', 'system']),
  /** Staff are shown by their display name; the asker as themselves. */
  authorName: z.string().nullable(),
  body: z.string(),
  /** Staff-only note: never sent to the asker. */
  internal: z.boolean(),
  attachments: z.array(deskAttachmentSchema),
  createdAt: z.string(),
});
export type ConsultationMessage = z.infer<typeof consultationMessageSchema>;

export const consultationRatingSchema = z.object({
  resolved: z.boolean(),
  score: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  ratedAt: z.string(),
});

export const consultationSummarySchema = z.object({
  id: z.number().int(),
  category: consultationCategorySchema,
  subject: z.string(),
  status: consultationStatusSchema,
  answerLocale: localeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Due instants of the two targets (ISO, with zone); null once met, or while paused (waiting). */
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  firstRespondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** A target is missed (now past its due instant and not met). */
  overdue: z.boolean(),
  assignee: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Staff views only: who asked (display name), else null. */
  askerName: z.string().nullable(),
  /** Messages the caller has not seen yet. */
  unread: z.number().int(),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;
export const consultationPageSchema = pageSchema(consultationSummarySchema);

export const consultationDetailSchema = consultationSummarySchema.extend({
  body: z.string(),
  about: consultationAboutSchema.nullable(),
  attachments: z.array(deskAttachmentSchema),
  /** Oldest first; internal notes only in staff views. */
  messages: z.array(consultationMessageSchema),
  rating: consultationRatingSchema.nullable(),
  /** What the caller may do now. */
  can: z.object({
    reply: z.boolean(),
    rate: z.boolean(),
    reopen: z.boolean(),
    claim: z.boolean(),
    assign: z.boolean(),
    resolve: z.boolean(),
    publish: z.boolean(),
  }),
  /** Published FAQ entry made from it, if any. */
  faqId: z.number().int().nullable(),
});
export type ConsultationDetail = z.infer<typeof consultationDetailSchema>;

export const myConsultationQuerySchema = pageQuerySchema.extend({
  status: consultationStatusSchema.optional(),
});

export const STAFF_QUEUE_VIEWS = ['unassigned', 'mine', 'overdue', 'waiting', 'resolved', 'all'] as const;
export const staffQueueViewSchema = z.enum(STAFF_QUEUE_VIEWS);
export type StaffQueueView = z.infer<typeof staffQueueViewSchema>;
export const STAFF_QUEUE_VIEW_LABELS: Record<StaffQueueView, Bilingual> = {
  unassigned: { zh: '待分派', en: 'Unassigned' },
  mine: { zh: '我的', en: 'Mine' },
  overdue: { zh: '已超时', en: 'Overdue' },
  waiting: { zh: '待补充', en: 'Waiting for asker' },
  resolved: { zh: '已答复', en: 'Answered' },
  all: { zh: '全部', en: 'All' },
};
export const staffConsultationQuerySchema = pageQuerySchema.extend({
  view: staffQueueViewSchema.default('unassigned'),
  category: consultationCategorySchema.optional(),
});
/** Counts per queue view (the tabs' badges). */
export const staffQueueCountsSchema = z.object(
  Object.fromEntries(STAFF_QUEUE_VIEWS.map((v) => [v, z.number().int()])) as Record<StaffQueueView, z.ZodNumber>,
);

/** The asker adds information (reopens the clock when the consultation was waiting for them). */
export const askerReplySchema = z.strictObject({
  body: z.string().trim().min(1).max(2000),
  attachmentIds: attachmentIdsSchema,
});
export const staffReplySchema = z.strictObject({
  body: z.string().trim().min(1).max(4000),
  attachmentIds: attachmentIdsSchema,
  /** An internal note: colleagues see it, the asker never does; no clock is touched. */
  internal: z.boolean().default(false),
  /** The answer needs something from the asker: status waiting, the clocks pause until they reply. */
  waitForAsker: z.boolean().default(false),
});
export const assignConsultationSchema = z.strictObject({
  /** A staff member's user id; the caller's own id claims it. */
  assigneeId: z.number().int().positive(),
});
export const resolveConsultationSchema = z.strictObject({
  /** The answer that resolves it, posted as the last staff reply (optional when the thread already answers). */
  body: optionalText(4000),
});
export const rateConsultationSchema = z.strictObject({
  resolved: z.boolean(),
  score: z.number().int().min(1).max(5),
  comment: optionalText(500),
});
export const reopenConsultationSchema = z.strictObject({
  reason: z.string().trim().min(2).max(1000),
});

/** Targets of one category, in working days; the supervisor gets the reminders too. */
export const deskCategorySettingSchema = z.object({
  category: consultationCategorySchema,
  firstResponseDays: z.number().int().min(1).max(30),
  resolutionDays: z.number().int().min(1).max(60),
  supervisor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export const deskCategorySettingInputSchema = z.strictObject({
  firstResponseDays: z.number().int().min(1).max(30),
  resolutionDays: z.number().int().min(1).max(60),
  supervisorId: z.number().int().positive().nullable(),
});

/** Working-day calendar: weekends are off unless listed as working; listed holidays are off. */
export const calendarDaySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  working: z.boolean(),
  note: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;
export const calendarDayInputSchema = z.strictObject({
  working: z.boolean(),
  note: optionalText(60),
});
export const calendarDateParamSchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export const calendarQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const deskSettingsSchema = z.object({
  categories: z.array(deskCategorySettingSchema),
  timeZone: z.string().describe('Working days are counted in this zone (Asia/Shanghai)'),
});
export const categoryParamSchema = z.object({ category: consultationCategorySchema });

/** Dashboard of the desk: a period's consultations. */
export const deskStatsQuerySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export const deskStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Monday of each week in the period, and the count per category asked that week. */
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      counts: z.record(consultationCategorySchema, z.number().int()),
    }),
  ),
  total: z.number().int(),
  /** Working hours are not counted: medians in hours of the clock, null without data. */
  medianFirstResponseHours: z.number().nullable(),
  medianResolutionHours: z.number().nullable(),
  /** Share (0–1) of those resolved in the period that met their resolution target. */
  resolvedWithinTarget: z.number().nullable(),
  overdueNow: z.number().int(),
  /** Mean score 1–5 and count of ratings; share the askers marked as resolved. */
  satisfaction: z.object({
    ratings: z.number().int(),
    meanScore: z.number().nullable(),
    resolvedShare: z.number().nullable(),
  }),
});
export type DeskStats = z.infer<typeof deskStatsSchema>;
