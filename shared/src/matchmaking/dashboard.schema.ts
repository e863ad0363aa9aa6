import { z } from 'zod';
import type { Bilingual } from '../common/locale';

/**
 * The staff dashboard. Each funnel stage counts what reached that step inside the period (by the time of the step):
 * registered = projects submitted for the first time; screened = accepted in screening; reviewed = review complete
 * (every assigned reviewer scored, at least one); roadshow = given a roadshow slot; intention = intentions created;
 * agreement = 意向协议 signed; signed = 落地签约. With an event chosen, projects registered for it, its roadshow slots
 * and intentions from it or on its projects count.
 */
export const FUNNEL_STAGES = [
  'registered',
  'screened',
  'reviewed',
  'roadshow',
  'intention',
  'agreement',
  'signed',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, Bilingual> = {
  registered: { zh: '项目报名', en: 'Registered' },
  screened: { zh: '通过筛选', en: 'Screened' },
  reviewed: { zh: '完成评审', en: 'Reviewed' },
  roadshow: { zh: '参加路演', en: 'Roadshow' },
  intention: { zh: '对接意向', en: 'Intentions' },
  agreement: { zh: '签意向协议', en: 'Letters of intent' },
  signed: { zh: '落地签约', en: 'Signed' },
};

export const DASHBOARD_MAX_DAYS = 366 * 3;
export const dashboardQuerySchema = z
  .object({
    from: z.iso.date().describe('First day, YYYY-MM-DD (local time)'),
    to: z.iso.date().describe('Last day, inclusive'),
    eventId: z.coerce.number().int().positive().optional(),
  })
  .refine((v) => v.from <= v.to, { message: 'from must not be after to', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= DASHBOARD_MAX_DAYS, {
    message: 'at most three years',
    path: ['from'],
  });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const funnelRowSchema = z.object({ stage: z.enum(FUNNEL_STAGES), count: z.number().int() });
/** Projects registered in the period, grouped; intentions and signed counted among those projects' intentions. */
export const breakdownRowSchema = z.object({
  key: z.string(),
  projects: z.number().int(),
  accepted: z.number().int(),
  intentions: z.number().int(),
  signed: z.number().int(),
});
/** Landing agreements signed in the period by district. */
export const landingRowSchema = z.object({
  district: z.string(),
  signed: z.number().int(),
  registeredCapital: z.number().int(),
  investmentAmount: z.number().int(),
});
export const ACTIVITY_METRICS = [
  'policyViews',
  'positionsPublished',
  'applications',
  'eventRegistrations',
  'checkIns',
  'challengesPublished',
  'challengeResponses',
] as const;
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number];
export const ACTIVITY_METRIC_LABELS: Record<ActivityMetric, Bilingual> = {
  policyViews: { zh: '政策浏览次数', en: 'Policy views' },
  positionsPublished: { zh: '发布岗位', en: 'Positions published' },
  applications: { zh: '岗位投递', en: 'Applications' },
  eventRegistrations: { zh: '活动报名', en: 'Event registrations' },
  checkIns: { zh: '活动签到', en: 'Check-ins' },
  challengesPublished: { zh: '发布榜单', en: 'Challenges published' },
  challengeResponses: { zh: '揭榜方案', en: 'Challenge responses' },
};
export const activityRowSchema = z.object({ metric: z.enum(ACTIVITY_METRICS), count: z.number().int() });

export const dashboardSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  event: z.object({ id: z.number().int(), title: z.string(), titleEn: z.string().nullable() }).nullable(),
  funnel: z.array(funnelRowSchema),
  byRegion: z.array(breakdownRowSchema),
  byField: z.array(breakdownRowSchema),
  byDegree: z.array(breakdownRowSchema),
  byDistrict: z.array(landingRowSchema),
  activity: z.array(activityRowSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** The share of the previous stage that reached this one; null for the first stage or after an empty one. */
export function conversionFromPrevious(funnel: Dashboard['funnel'], index: number): number | null {
  if (index === 0) return null;
  const previous = funnel[index - 1]?.count ?? 0;
  return previous > 0 ? (funnel[index]?.count ?? 0) / previous : null;
}

export const DASHBOARD_TABLES = ['funnel', 'region', 'field', 'degree', 'district', 'activity'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];
export const DASHBOARD_TABLE_LABELS: Record<DashboardTable, Bilingual> = {
  funnel: { zh: '对接漏斗', en: 'Funnel' },
  region: { zh: '按国家/地区', en: 'By country/region' },
  field: { zh: '按领域', en: 'By field' },
  degree: { zh: '按学历', en: 'By degree' },
  district: { zh: '按落地区', en: 'By district' },
  activity: { zh: '平台活跃', en: 'Activity' },
};
export const dashboardExportQuerySchema = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    eventId: z.coerce.number().int().positive().optional(),
    table: z.enum(DASHBOARD_TABLES),
    lang: z.enum(['zh-CN', 'en']).default('zh-CN').describe('Language of the headers and labels'),
  })
  .refine((v) => v.from <= v.to, { message: 'from must not be after to', path: ['to'] });
export type DashboardExportQuery = z.infer<typeof dashboardExportQuerySchema>;
