import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  type CalendarDay,
  type ConsultationCategory,
  DEFAULT_FIRST_RESPONSE_WORKING_DAYS,
  DEFAULT_RESOLUTION_WORKING_DAYS,
  type DeskStats,
} from '@ihaigui/shared';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import { addDays, daysBetween } from '../common/time/local-date';
import type { ConsultationEntity } from './desk.entity';
import { DeskRepository } from './desk.repository';
import { DESK_TIME_ZONE, startOfLocalDate } from './working-calendar';

const HOUR_MS = 3600 * 1000;
/** A year of weeks is the most a period shows. */
const MAX_PERIOD_DAYS = 366;

export interface CategorySetting {
  category: ConsultationCategory;
  firstResponseDays: number;
  resolutionDays: number;
  supervisor: { id: number; name: string } | null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number | null, digits = 2) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/** Monday of the local date's week. */
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Time limits, the working calendar and the figures of the desk (staff only). */
@Injectable()
export class DeskAdminService {
  constructor(
    private readonly desk: DeskRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async settings(): Promise<{ categories: CategorySetting[]; timeZone: string }> {
    const [rows, staff] = await Promise.all([this.desk.findSettings(), this.desk.findStaff()]);
    const names = new Map(staff.map((s) => [s.id, s.displayName]));
    return {
      categories: CONSULTATION_CATEGORIES.map((category) => {
        const row = rows.find((r) => r.category === category);
        const supervisorId = row?.supervisorId ?? null;
        return {
          category,
          firstResponseDays: row?.firstResponseDays ?? DEFAULT_FIRST_RESPONSE_WORKING_DAYS,
          resolutionDays: row?.resolutionDays ?? DEFAULT_RESOLUTION_WORKING_DAYS,
          supervisor: supervisorId !== null ? { id: supervisorId, name: names.get(supervisorId) ?? '' } : null,
        };
      }),
      timeZone: DESK_TIME_ZONE,
    };
  }

  /** New targets apply to questions asked from now on (running clocks keep the targets they started with). */
  async saveSetting(
    staffId: number,
    category: ConsultationCategory,
    input: { firstResponseDays: number; resolutionDays: number; supervisorId: number | null },
  ): Promise<CategorySetting> {
    if (input.firstResponseDays > input.resolutionDays) {
      throw new AppException('VALIDATION_FAILED', 400, 'first response target longer than resolution target', {
        issues: [{ path: 'firstResponseDays', message: 'must not exceed resolutionDays' }],
      });
    }
    let supervisor: CategorySetting['supervisor'] = null;
    if (input.supervisorId !== null) {
      const user = await this.desk.findActiveUser(input.supervisorId);
      if (!user || !STAFF_ROLES.includes(user.role))
        throw new AppException('CONSULTATION_ASSIGNEE_INVALID', 422, `supervisor ${input.supervisorId} is not staff`);
      supervisor = { id: user.id, name: user.displayName };
    }
    await this.desk.saveSetting({ category, ...input });
    await this.audit.insert({
      actorId: staffId,
      action: 'desk.settings',
      entityType: 'desk_category',
      entityId: category,
      detail: { ...input },
    });
    return { category, firstResponseDays: input.firstResponseDays, resolutionDays: input.resolutionDays, supervisor };
  }

  async calendar(year: number): Promise<{ items: CalendarDay[] }> {
    return { items: (await this.desk.findCalendarYear(year)).map((d) => ({ ...d })) };
  }

  /** Changes apply to due instants computed from now on (new questions, replies after a pause, reopening). */
  async saveCalendarDay(staffId: number, date: string, input: { working: boolean; note?: string | null }) {
    assertRealDate(date);
    const day = { date, working: input.working, note: input.note ?? null };
    await this.desk.saveCalendarDay(day);
    await this.audit.insert({
      actorId: staffId,
      action: 'desk.calendar',
      entityType: 'desk_calendar',
      entityId: date,
      detail: { working: input.working },
    });
    return day;
  }

  async removeCalendarDay(staffId: number, date: string): Promise<void> {
    assertRealDate(date);
    if (!(await this.desk.removeCalendarDay(date))) throw AppException.notFound('CALENDAR_DAY_NOT_FOUND', date);
    await this.audit.insert({
      actorId: staffId,
      action: 'desk.calendar.remove',
      entityType: 'desk_calendar',
      entityId: date,
    });
  }

  /** The figures of local dates from..to (inclusive). */
  async stats(query: { from: string; to: string }): Promise<DeskStats> {
    assertRealDate(query.from);
    assertRealDate(query.to);
    const days = daysBetween(query.from, query.to);
    if (days < 0 || days > MAX_PERIOD_DAYS) {
      throw new AppException('VALIDATION_FAILED', 400, 'period', {
        issues: [{ path: 'to', message: `from ≤ to, at most ${MAX_PERIOD_DAYS} days` }],
      });
    }
    const from = startOfLocalDate(query.from);
    const to = startOfLocalDate(addDays(query.to, 1));
    const [asked, resolved, rated, open] = await Promise.all([
      this.desk.findAskedBetween(from, to),
      this.desk.findResolvedBetween(from, to),
      this.desk.findRatedBetween(from, to),
      this.desk.findPage({ view: 'overdue', now: this.clock.now(), offset: 0, limit: 1 }),
    ]);
    const weeks = new Map<string, Record<ConsultationCategory, number>>();
    for (let monday = mondayOf(query.from); monday <= query.to; monday = addDays(monday, 7)) {
      weeks.set(
        monday,
        Object.fromEntries(CONSULTATION_CATEGORIES.map((c) => [c, 0])) as Record<ConsultationCategory, number>,
      );
    }
    for (const c of asked) {
      const local = new Date(c.createdAt.getTime() + 8 * HOUR_MS).toISOString().slice(0, 10);
      const counts = weeks.get(mondayOf(local));
      if (counts) counts[c.category] += 1;
    }
    const firstResponses = asked
      .filter((c): c is ConsultationEntity & { firstRespondedAt: Date } => c.firstRespondedAt !== null)
      .map((c) => (c.firstRespondedAt.getTime() - c.createdAt.getTime()) / HOUR_MS);
    const resolutions = resolved.map((c) => ((c.resolvedAt as Date).getTime() - c.createdAt.getTime()) / HOUR_MS);
    const judged = resolved.filter((c) => c.resolvedWithinTarget !== null);
    const scores = rated.map((c) => c.ratingScore ?? 0);
    return {
      from: query.from,
      to: query.to,
      weeks: [...weeks.entries()].map(([weekStart, counts]) => ({ weekStart, counts })),
      total: asked.length,
      medianFirstResponseHours: round(median(firstResponses)),
      medianResolutionHours: round(median(resolutions)),
      resolvedWithinTarget: judged.length
        ? round(judged.filter((c) => c.resolvedWithinTarget).length / judged.length, 4)
        : null,
      overdueNow: open[1],
      satisfaction: {
        ratings: rated.length,
        meanScore: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
        resolvedShare: rated.length ? round(rated.filter((c) => c.ratingResolved).length / rated.length, 4) : null,
      },
    };
  }

  /** The same figures as a workbook: one sheet of weekly counts, one of the key figures (headers zh / en). */
  async exportStats(staffId: number, query: { from: string; to: string }): Promise<{ fileName: string; data: Buffer }> {
    const s = await this.stats(query);
    const wb = new ExcelJS.Workbook();
    wb.created = this.clock.now();
    const weekly = wb.addWorksheet('每周咨询量 Weekly');
    weekly.columns = [
      { header: '周一 Week of', key: 'week', width: 14 },
      ...CONSULTATION_CATEGORIES.map((c) => ({
        header: `${CONSULTATION_CATEGORY_LABELS[c].zh} ${CONSULTATION_CATEGORY_LABELS[c].en}`,
        key: c,
        width: 16,
      })),
      { header: '合计 Total', key: 'total', width: 10 },
    ];
    for (const w of s.weeks) {
      const counts = w.counts as Record<ConsultationCategory, number>;
      weekly.addRow({ week: w.weekStart, ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
    }
    weekly.getRow(1).font = { bold: true };
    const figures = wb.addWorksheet('关键指标 Figures');
    figures.columns = [
      { header: '指标 Figure', key: 'name', width: 40 },
      { header: '数值 Value', key: 'value', width: 14 },
    ];
    const rows: Array<[string, number | null, string?]> = [
      ['咨询总数 Consultations', s.total],
      ['首次响应中位数（小时） Median first response (hours)', s.medianFirstResponseHours],
      ['办结中位数（小时） Median resolution (hours)', s.medianResolutionHours],
      ['按时办结率 Resolved within target', s.resolvedWithinTarget, '0.0%'],
      ['当前超时 Overdue now', s.overdueNow],
      ['评价数 Ratings', s.satisfaction.ratings],
      ['平均评分 Mean score (1–5)', s.satisfaction.meanScore],
      ['评价已解决占比 Rated as resolved', s.satisfaction.resolvedShare, '0.0%'],
    ];
    for (const [name, value, numFmt] of rows) {
      const row = figures.addRow({ name, value: value ?? '—' });
      if (numFmt && value !== null) row.getCell('value').numFmt = numFmt;
    }
    figures.getRow(1).font = { bold: true };
    await this.audit.insert({
      actorId: staffId,
      action: 'desk.stats.export',
      entityType: 'desk',
      entityId: `${query.from}..${query.to}`,
    });
    return {
      fileName: `desk-${query.from}-${query.to}.xlsx`,
      data: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  }
}

/** A YYYY-MM-DD that is a real date (2026-02-30 is not). */
function assertRealDate(date: string): void {
  const d = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new AppException('VALIDATION_FAILED', 400, `not a date: ${date}`, {
      issues: [{ path: 'date', message: 'not a calendar date' }],
    });
  }
}
