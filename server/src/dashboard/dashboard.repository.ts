import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActivityMetric, FunnelStage } from '@ihaigui/shared';
import { EventEntity } from '../event/event.entity';

/** The dashboard's window: instants [start, end) in the city's time, the same as local days, and an optional event. */
export interface DashboardPeriod {
  start: Date;
  end: Date;
  /** First and last local day (YYYY-MM-DD), for tables kept per day. */
  fromDay: string;
  toDay: string;
  eventId: number | null;
}

export type BreakdownDimension = 'region' | 'field' | 'degree';

export interface BreakdownCounts {
  dimension: BreakdownDimension;
  key: string;
  projects: number;
  accepted: number;
  intentions: number;
  signed: number;
}

export interface LandingCounts {
  district: string | null;
  signed: number;
  registeredCapital: number;
  investmentAmount: number;
}

/** The project column each breakdown groups by. */
const DIMENSION_COLUMN: Record<BreakdownDimension, string> = {
  region: 'originRegion',
  field: 'field',
  degree: 'leaderDegree',
};

/** mysql2 hands back COUNT as a number and SUM as a decimal string; SQLite numbers. */
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * Read-only, grouped counts over the tables of the matchmaking features, jobs and policies: each method is one SQL
 * statement whatever the amount of data. The SQL is written once for MySQL/MariaDB and SQLite (backquoted names,
 * scalar subqueries, a CTE); instants are bound as parameters, which each driver writes in its stored form.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async run(sql: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    const [query, bound] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, bound);
  }

  private params(period: DashboardPeriod): Record<string, unknown> {
    return {
      start: period.start,
      end: period.end,
      fromDay: period.fromDay,
      toDay: period.toDay,
      eventId: period.eventId,
    };
  }

  /** Projects of the chosen event (alias p), or nothing to add. */
  private projectFilter(period: DashboardPeriod, alias: string): string {
    return period.eventId === null ? '' : ` AND ${alias}.\`eventId\` = :eventId`;
  }

  /** Intentions from the chosen event or on one of its projects. */
  private intentionFilter(period: DashboardPeriod, alias: string): string {
    return period.eventId === null
      ? ''
      : ` AND (${alias}.\`eventId\` = :eventId OR ${alias}.\`projectId\` IN (SELECT ep.\`id\` FROM \`project\` ep WHERE ep.\`eventId\` = :eventId))`;
  }

  findEvent(id: number): Promise<Pick<EventEntity, 'id' | 'title' | 'titleEn'> | null> {
    return this.dataSource.manager.findOne(EventEntity, {
      select: { id: true, title: true, titleEn: true },
      where: { id },
    });
  }

  /** Each funnel stage: what reached it inside the period, by the time of that step. */
  async funnel(period: DashboardPeriod): Promise<Record<FunnelStage, number>> {
    const inPeriod = (column: string) => `${column} >= :start AND ${column} < :end`;
    const projects = (column: string) =>
      `(SELECT COUNT(*) FROM \`project\` p WHERE ${inPeriod(`p.\`${column}\``)}${this.projectFilter(period, 'p')})`;
    const intentions = (column: string) =>
      `(SELECT COUNT(*) FROM \`intention\` i WHERE ${inPeriod(`i.\`${column}\``)}${this.intentionFilter(period, 'i')})`;
    const slots =
      `(SELECT COUNT(DISTINCT s.\`projectId\`) FROM \`roadshow_slot\` s WHERE ${inPeriod('s.`createdAt`')}` +
      `${period.eventId === null ? '' : ' AND s.`eventId` = :eventId'})`;
    const [row] = await this.run(
      `SELECT ${projects('submittedAt')} AS registered, ${projects('acceptedAt')} AS screened, ${projects('reviewedAt')} AS reviewed, ` +
        `${slots} AS roadshow, ${intentions('createdAt')} AS intention, ${intentions('agreementAt')} AS agreement, ` +
        `${intentions('signedAt')} AS signed`,
      this.params(period),
    );
    return {
      registered: num(row?.registered),
      screened: num(row?.screened),
      reviewed: num(row?.reviewed),
      roadshow: num(row?.roadshow),
      intention: num(row?.intention),
      agreement: num(row?.agreement),
      signed: num(row?.signed),
    };
  }

  /**
   * Projects registered in the period grouped by each dimension asked for, with how many were accepted in screening
   * and their intentions (all of them, and the signed ones).
   */
  async breakdowns(period: DashboardPeriod, dimensions: readonly BreakdownDimension[]): Promise<BreakdownCounts[]> {
    if (dimensions.length === 0) return [];
    const grouped = dimensions.map(
      (d) =>
        `SELECT '${d}' AS dimension, c.\`${DIMENSION_COLUMN[d]}\` AS k, COUNT(*) AS projects, SUM(c.accepted) AS accepted, ` +
        `SUM(c.intentions) AS intentions, SUM(c.signed) AS signed FROM cohort c GROUP BY c.\`${DIMENSION_COLUMN[d]}\``,
    );
    const rows = await this.run(
      'WITH cohort AS (' +
        'SELECT p.`originRegion`, p.`field`, p.`leaderDegree`, CASE WHEN p.`acceptedAt` IS NULL THEN 0 ELSE 1 END AS accepted, ' +
        '(SELECT COUNT(*) FROM `intention` i WHERE i.`projectId` = p.`id`) AS intentions, ' +
        '(SELECT COUNT(*) FROM `intention` i WHERE i.`projectId` = p.`id` AND i.`signedAt` IS NOT NULL) AS signed ' +
        `FROM \`project\` p WHERE p.\`submittedAt\` >= :start AND p.\`submittedAt\` < :end${this.projectFilter(period, 'p')}) ` +
        grouped.join(' UNION ALL '),
      this.params(period),
    );
    return rows.map((r) => ({
      dimension: r.dimension as BreakdownDimension,
      key: String(r.k),
      projects: num(r.projects),
      accepted: num(r.accepted),
      intentions: num(r.intentions),
      signed: num(r.signed),
    }));
  }

  /** Landing agreements signed in the period, by district, with their amounts summed. */
  async landings(period: DashboardPeriod): Promise<LandingCounts[]> {
    const rows = await this.run(
      'SELECT i.`district` AS district, COUNT(*) AS signed, COALESCE(SUM(i.`registeredCapital`), 0) AS capital, ' +
        'COALESCE(SUM(i.`investmentAmount`), 0) AS investment FROM `intention` i ' +
        `WHERE i.\`signedAt\` >= :start AND i.\`signedAt\` < :end${this.intentionFilter(period, 'i')} GROUP BY i.\`district\``,
      this.params(period),
    );
    return rows.map((r) => ({
      district: r.district === null || r.district === undefined ? null : String(r.district as string),
      signed: num(r.signed),
      registeredCapital: num(r.capital),
      investmentAmount: num(r.investment),
    }));
  }

  /**
   * Platform activity in the period. Event registrations and check-ins are the chosen event's when there is one;
   * the other figures belong to no event.
   */
  async activity(period: DashboardPeriod): Promise<Record<ActivityMetric, number>> {
    const inPeriod = (column: string) => `${column} >= :start AND ${column} < :end`;
    const ofEvent = period.eventId === null ? '' : ' AND r.`eventId` = :eventId';
    const [row] = await this.run(
      'SELECT ' +
        '(SELECT COALESCE(SUM(v.`views`), 0) FROM `policy_view_day` v WHERE v.`day` >= :fromDay AND v.`day` <= :toDay) AS policyViews, ' +
        `(SELECT COUNT(*) FROM \`position\` p WHERE ${inPeriod('p.`publishedAt`')}) AS positionsPublished, ` +
        `(SELECT COUNT(*) FROM \`application\` a WHERE ${inPeriod('a.`createdAt`')}) AS applications, ` +
        `(SELECT COUNT(*) FROM \`event_registration\` r WHERE ${inPeriod('r.`createdAt`')} AND r.\`status\` <> :cancelled${ofEvent}) AS eventRegistrations, ` +
        `(SELECT COUNT(*) FROM \`event_registration\` r WHERE ${inPeriod('r.`checkedInAt`')}${ofEvent}) AS checkIns, ` +
        `(SELECT COUNT(*) FROM \`challenge\` c WHERE ${inPeriod('c.`publishedAt`')}) AS challengesPublished, ` +
        `(SELECT COUNT(*) FROM \`challenge_response\` c WHERE ${inPeriod('c.`createdAt`')}) AS challengeResponses`,
      { ...this.params(period), cancelled: 'cancelled' },
    );
    return {
      policyViews: num(row?.policyViews),
      positionsPublished: num(row?.positionsPublished),
      applications: num(row?.applications),
      eventRegistrations: num(row?.eventRegistrations),
      checkIns: num(row?.checkIns),
      challengesPublished: num(row?.challengesPublished),
      challengeResponses: num(row?.challengeResponses),
    };
  }
}
