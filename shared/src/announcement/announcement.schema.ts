import { z } from 'zod';
import { optionalText } from '../common/text';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';

export const ANNOUNCEMENT_CATEGORIES = ['notice', 'news', 'event_recap'] as const;
export const announcementCategorySchema = z.enum(ANNOUNCEMENT_CATEGORIES);
export type AnnouncementCategory = z.infer<typeof announcementCategorySchema>;

export const ANNOUNCEMENT_STATUSES = ['draft', 'published', 'archived'] as const;
export const announcementStatusSchema = z.enum(ANNOUNCEMENT_STATUSES);
export type AnnouncementStatus = z.infer<typeof announcementStatusSchema>;

export const ANNOUNCEMENT_CATEGORY_LABELS: Record<AnnouncementCategory, Bilingual> = {
  notice: { zh: '通知公告', en: 'Notice' },
  news: { zh: '新闻动态', en: 'News' },
  event_recap: { zh: '活动回顾', en: 'Event recap' },
};

export const ANNOUNCEMENT_STATUS_LABELS: Record<AnnouncementStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
};

export const TITLE_MAX = 120;
export const SUMMARY_MAX = 300;
/** Rich-text body, in characters of HTML before sanitising. */
export const BODY_MAX = 60_000;

export const announcementListQuerySchema = pageQuerySchema.extend({
  category: announcementCategorySchema.optional().describe('Only this category'),
});
export type AnnouncementListQuery = z.infer<typeof announcementListQuerySchema>;

export const announcementSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  summary: z.string(),
  summaryEn: z.string().nullable(),
  category: announcementCategorySchema,
  pinned: z.boolean(),
  publishedAt: z.iso.datetime().describe('ISO 8601 time of publication'),
  viewCount: z.number().int(),
});
export type AnnouncementSummary = z.infer<typeof announcementSummarySchema>;

export const announcementDetailSchema = announcementSummarySchema.extend({
  body: z.string().describe('Sanitised HTML'),
  bodyEn: z.string().nullable().describe('Sanitised HTML, or null when there is no English version'),
});
export type AnnouncementDetail = z.infer<typeof announcementDetailSchema>;

export const announcementPageSchema = pageSchema(announcementSummarySchema);
export type AnnouncementPage = z.infer<typeof announcementPageSchema>;

export const announcementIdParamSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** What staff write. Unknown fields are refused rather than silently dropped. */
export const createAnnouncementSchema = z.strictObject({
  title: z.string().trim().min(1).max(TITLE_MAX),
  titleEn: optionalText(TITLE_MAX),
  summary: z.string().trim().min(1).max(SUMMARY_MAX),
  summaryEn: optionalText(SUMMARY_MAX),
  body: z.string().min(1).max(BODY_MAX),
  bodyEn: optionalText(BODY_MAX),
  category: announcementCategorySchema,
  pinned: z.boolean().default(false),
});
export type CreateAnnouncementInput = z.input<typeof createAnnouncementSchema>;
export type CreateAnnouncement = z.infer<typeof createAnnouncementSchema>;

/** An edit changes only the fields it names: leaving out `pinned` does not unpin. */
export const updateAnnouncementSchema = partialWithoutDefaults(createAnnouncementSchema);
export type UpdateAnnouncement = z.infer<typeof updateAnnouncementSchema>;

/** Full record as staff see it, including drafts and archived items. */
export const announcementRecordSchema = announcementDetailSchema.extend({
  status: announcementStatusSchema,
  publishedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AnnouncementRecord = z.infer<typeof announcementRecordSchema>;

/** Staff view: every status, newest change first. */
export const staffAnnouncementQuerySchema = pageQuerySchema.extend({
  status: announcementStatusSchema.optional(),
  category: announcementCategorySchema.optional(),
});
export type StaffAnnouncementQuery = z.infer<typeof staffAnnouncementQuerySchema>;
export const announcementRecordPageSchema = pageSchema(announcementRecordSchema);

export const publishAnnouncementSchema = z.strictObject({
  at: z.iso.datetime().optional().describe('Publish at this time (scheduled) instead of now'),
});
export const pinAnnouncementSchema = z.strictObject({ pinned: z.boolean() });
