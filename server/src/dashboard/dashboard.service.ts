import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_METRICS,
  type Dashboard,
  DASHBOARD_MAX_DAYS,
  type DashboardExportQuery,
  type DashboardQuery,
  type DashboardTable,
  FUNNEL_STAGES,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { addDays, daysBetween, endOfLocalDate } from '../common/time/local-date';
import { dashboardFileName, dashboardWorkbook } from './dashboard-sheet';
import {
  type BreakdownCounts,
  type BreakdownDimension,
  type DashboardPeriod,
  DashboardRepository,
  type LandingCounts,
} from './dashboard.repository';

type BreakdownRow = Dashboard['byRegion'][number];

/** Most first; ties in key order, so the same data always reads the same way. */
function byCountDesc<T>(count: (row: T) => number, key: (row: T) => string) {
  return (a: T, b: T) => count(b) - count(a) || key(a).localeCompare(key(b));
}

function breakdownRows(rows: BreakdownCounts[], dimension: BreakdownDimension): BreakdownRow[] {
  return rows
    .filter((r) => r.dimension === dimension)
    .map(({ key, projects, accepted, intentions, signed }) => ({ key, projects, accepted, intentions, signed }))
    .sort(
      byCountDesc(
        (r) => r.projects,
        (r) => r.key,
      ),
    );
}

function landingRows(rows: LandingCounts[]): Dashboard['byDistrict'] {
  return rows
    .map((r) => ({
      district: r.district ?? '',
      signed: r.signed,
      registeredCapital: r.registeredCapital,
      investmentAmount: r.investmentAmount,
    }))
    .sort(
      byCountDesc(
        (r) => r.signed,
        (r) => r.district,
      ),
    );
}

const BREAKDOWN_OF_TABLE: Partial<Record<DashboardTable, BreakdownDimension>> = {
  region: 'region',
  field: 'field',
  degree: 'degree',
};
const BREAKDOWN_KEY: Record<BreakdownDimension, 'byRegion' | 'byField' | 'byDegree'> = {
  region: 'byRegion',
  field: 'byField',
  degree: 'byDegree',
};

/** The staff dashboard: the matchmaking funnel, its breakdowns and platform activity over local days, and their export. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly audit: AuditService,
  ) {}

  /** [from 00:00, to 24:00) in the city's time, and the chosen event (which must exist). */
  private async period(query: { from: string; to: string; eventId?: number }) {
    if (daysBetween(query.from, query.to) > DASHBOARD_MAX_DAYS) {
      throw new AppException('VALIDATION_FAILED', 400, `period of ${daysBetween(query.from, query.to)} days`);
    }
    const event = query.eventId === undefined ? null : await this.repository.findEvent(query.eventId);
    if (query.eventId !== undefined && !event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${query.eventId}`);
    const period: DashboardPeriod = {
      start: endOfLocalDate(addDays(query.from, -1)),
      end: endOfLocalDate(query.to),
      fromDay: query.from,
      toDay: query.to,
      eventId: event?.id ?? null,
    };
    return {
      period,
      head: {
        from: query.from,
        to: query.to,
        event: event ? { id: event.id, title: event.title, titleEn: event.titleEn } : null,
      },
    };
  }

  private async funnel(period: DashboardPeriod): Promise<Dashboard['funnel']> {
    const counts = await this.repository.funnel(period);
    return FUNNEL_STAGES.map((stage) => ({ stage, count: counts[stage] }));
  }

  private async activity(period: DashboardPeriod): Promise<Dashboard['activity']> {
    const counts = await this.repository.activity(period);
    return ACTIVITY_METRICS.map((metric) => ({ metric, count: counts[metric] }));
  }

  async get(query: DashboardQuery): Promise<Dashboard> {
    const { period, head } = await this.period(query);
    const [funnel, breakdowns, landings, activity] = await Promise.all([
      this.funnel(period),
      this.repository.breakdowns(period, ['region', 'field', 'degree']),
      this.repository.landings(period),
      this.activity(period),
    ]);
    return {
      ...head,
      funnel,
      byRegion: breakdownRows(breakdowns, 'region'),
      byField: breakdownRows(breakdowns, 'field'),
      byDegree: breakdownRows(breakdowns, 'degree'),
      byDistrict: landingRows(landings),
      activity,
    };
  }

  /** Only the figures of the table asked for. */
  private async section(table: DashboardTable, period: DashboardPeriod): Promise<Partial<Dashboard>> {
    const dimension = BREAKDOWN_OF_TABLE[table];
    if (dimension)
      return {
        [BREAKDOWN_KEY[dimension]]: breakdownRows(await this.repository.breakdowns(period, [dimension]), dimension),
      };
    if (table === 'funnel') return { funnel: await this.funnel(period) };
    if (table === 'district') return { byDistrict: landingRows(await this.repository.landings(period)) };
    return { activity: await this.activity(period) };
  }

  /** One table as an .xlsx in the chosen language; the export is audited. */
  async export(query: DashboardExportQuery, actorId: number): Promise<{ fileName: string; data: Buffer }> {
    const { period, head } = await this.period(query);
    const data = await dashboardWorkbook(
      query.table,
      { ...head, ...(await this.section(query.table, period)) },
      query.lang,
    );
    await this.audit.insert({
      actorId,
      action: 'dashboard.export',
      entityType: 'dashboard',
      entityId: query.table,
      detail: { from: query.from, to: query.to, eventId: period.eventId, lang: query.lang },
    });
    return { fileName: dashboardFileName(query.table, query.from, query.to, period.eventId), data };
  }
}
