import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { District, Industry, JobFunction, PositionStatus } from '@ihaigui/shared';
import { ApplicationEntity } from '../application/application.entity';
import { likePattern } from '../common/db/like-pattern';
import { isUniqueViolation } from '../common/db/unique-violation';
import { FavoriteEntity } from '../favorite/favorite.entity';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PositionChannelStatEntity, PositionEntity } from './position.entity';

/** A position with the name of the organisation that posted it (joined in the same statement). */
export type PositionWithOrg = PositionEntity & { organization: { id: number; name: string } };

/** Columns of a list card: everything but the long texts. */
export const POSITION_SUMMARY_COLUMNS = [
  'id',
  'organizationId',
  'title',
  'titleEn',
  'function',
  'industry',
  'city',
  'district',
  'salaryMin',
  'salaryMax',
  'negotiable',
  'minDegree',
  'experienceYears',
  'headcount',
  'publishedAt',
  'expiresOn',
  'expiresAt',
] as const;

/** A list row for the owner and staff: the card plus state and counters, still without the long texts. */
export const POSITION_RECORD_COLUMNS = [
  ...POSITION_SUMMARY_COLUMNS,
  'languages',
  'status',
  'contentCheck',
  'rejectReason',
  'closeReason',
  'extended',
  'applicationCount',
  'viewCount',
  'favoriteCount',
  'createdAt',
  'updatedAt',
] as const;

export interface PublicPositionFilter {
  now: Date;
  q?: string;
  industry?: Industry;
  function?: JobFunction;
  district?: District;
  /** Positions asking for at most this rank. */
  maxDegreeRank?: number;
  minSalary?: number;
  publishedSince?: Date;
}

export type StaffPositionView = 'pending' | 'approved' | 'rejected' | 'closed' | 'stale';

/** Every SQL statement about positions, one method per query. */
@Injectable()
export class PositionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PositionEntity);
  }

  /** The columns given (all when null), with the organisation's id and name mapped onto `organization`. */
  private withOrg(columns: readonly string[] | null, manager?: EntityManager): SelectQueryBuilder<PositionEntity> {
    return this.repo(manager)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.organization', OrganizationEntity, 'o', 'o.id = p.organizationId')
      .select([...(columns ? columns.map((c) => `p.${c}`) : ['p']), 'o.id', 'o.name']);
  }

  /** Approved and not yet past its expiry: what talents see. */
  private open<T extends SelectQueryBuilder<PositionEntity>>(qb: T, now: Date): T {
    return qb.where('p.status = :approved', { approved: 'approved' }).andWhere('p.expiresAt > :now', { now });
  }

  /**
   * The public list: page + count in two statements whatever the page size (one organisation per position, so
   * plain OFFSET/LIMIT pages correctly with the join). Every position has its organisation (organisations are
   * never deleted), so the page takes a left join, which keeps the position table first in the plan: the
   * (status, publishedAt) index gives the order and the page stops at its last row instead of sorting every open
   * position; and the count leaves the join out, read from the (status, expiresAt) index alone.
   */
  async findPublicPage(
    filter: PublicPositionFilter & { offset: number; limit: number },
  ): Promise<[PositionEntity[], number]> {
    const qb = this.open(this.repo().createQueryBuilder('p'), filter.now);
    if (filter.q) {
      const q = likePattern(filter.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("p.title LIKE :q ESCAPE '!'", { q })
            .orWhere("p.titleEn LIKE :q ESCAPE '!'", { q })
            .orWhere("p.description LIKE :q ESCAPE '!'", { q }),
        ),
      );
    }
    if (filter.industry) qb.andWhere('p.industry = :industry', { industry: filter.industry });
    if (filter.function) qb.andWhere('p.function = :fn', { fn: filter.function });
    if (filter.district) qb.andWhere('p.district = :district', { district: filter.district });
    if (filter.maxDegreeRank !== undefined) qb.andWhere('p.minDegreeRank <= :rank', { rank: filter.maxDegreeRank });
    if (filter.minSalary !== undefined) {
      // Pays at least this much: the top of the range, or its only figure.
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.salaryMax >= :minSalary', { minSalary: filter.minSalary })
            .orWhere('(p.salaryMax IS NULL AND p.salaryMin >= :minSalary)', {
              minSalary: filter.minSalary,
            }),
        ),
      );
    }
    if (filter.publishedSince) qb.andWhere('p.publishedAt >= :since', { since: filter.publishedSince });
    const rows = await qb
      .clone()
      .leftJoinAndMapOne('p.organization', OrganizationEntity, 'o', 'o.id = p.organizationId')
      .select([...POSITION_SUMMARY_COLUMNS.map((c) => `p.${c}`), 'o.id', 'o.name'])
      .orderBy('p.publishedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getMany();
    return [rows, await qb.getCount()];
  }

  /** One public position with its long texts. */
  findOpenById(id: number, now: Date): Promise<PositionWithOrg | null> {
    return this.open(this.withOrg(null), now)
      .andWhere('p.id = :id', { id })
      .getOne() as Promise<PositionWithOrg | null>;
  }

  /** Any position with its organisation's name, whatever its state. */
  findWithOrg(id: number, manager?: EntityManager): Promise<PositionWithOrg | null> {
    return this.withOrg(null, manager).where('p.id = :id', { id }).getOne() as Promise<PositionWithOrg | null>;
  }

  findById(id: number, manager?: EntityManager): Promise<PositionEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  /** The positions of one organisation, newest first: page + count. */
  findOrgPage(params: { organizationId: number; status?: PositionStatus; offset: number; limit: number }) {
    const qb = this.withOrg(POSITION_RECORD_COLUMNS).where('p.organizationId = :org', { org: params.organizationId });
    if (params.status) qb.andWhere('p.status = :status', { status: params.status });
    return qb
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /**
   * Staff views: by state; "stale" = approved postings within `soon` of their expiry or past it but not yet closed
   * by the expiry job. The review queue is oldest first (first come, first served), the others newest first.
   */
  findStaffPage(params: { view: StaffPositionView; soon: Date; offset: number; limit: number }) {
    const qb = this.withOrg(POSITION_RECORD_COLUMNS);
    switch (params.view) {
      case 'stale':
        qb.where('p.status = :status', { status: 'approved' })
          .andWhere('p.expiresAt <= :soon', { soon: params.soon })
          .orderBy('p.expiresAt', 'ASC');
        break;
      case 'pending':
        qb.where('p.status = :status', { status: 'pending' }).orderBy('p.updatedAt', 'ASC');
        break;
      default:
        qb.where('p.status = :status', { status: params.view }).orderBy('p.updatedAt', 'DESC');
    }
    return qb
      .addOrderBy('p.id', params.view === 'pending' ? 'ASC' : 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** A user's saved positions that are still public, newest bookmark first: page + count. */
  findFavoritePage(userId: number, now: Date, { offset, limit }: { offset: number; limit: number }) {
    return this.open(this.withOrg(POSITION_SUMMARY_COLUMNS), now)
      .innerJoin(FavoriteEntity, 'f', 'f.targetId = p.id AND f.targetType = :type AND f.userId = :userId', {
        type: 'position',
        userId,
      })
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  insert(values: Partial<PositionEntity>, manager: EntityManager): Promise<PositionEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(values));
  }

  async update(id: number, values: Partial<PositionEntity>, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, values);
  }

  /**
   * Moves a position to new values only while it is still in one of `from`; false when someone else changed it
   * first (two staff reviewing at once, or a close racing the expiry job).
   */
  async transition(
    id: number,
    from: PositionStatus[],
    values: Partial<PositionEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PositionEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The one extension: a new expiry only while the position was never extended and is still in one of `from`. */
  async extendOnce(
    id: number,
    from: PositionStatus[],
    expiry: { expiresOn: string; expiresAt: Date },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PositionEntity)
      .set({ ...expiry, extended: true, reminderSentAt: null })
      .where('id = :id', { id })
      .andWhere('extended = 0')
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async incrementViewCount(id: number): Promise<void> {
    await this.repo().increment({ id }, 'viewCount', 1);
  }

  /** For applications (counted when a talent applies). */
  async incrementApplicationCount(id: number, manager: EntityManager): Promise<void> {
    await this.repo(manager).increment({ id }, 'applicationCount', 1);
  }

  /** Atomic in SQL so concurrent bookmarks never lose a count. */
  async addToFavoriteCount(id: number, delta: 1 | -1, manager: EntityManager): Promise<void> {
    if (delta > 0) await this.repo(manager).increment({ id }, 'favoriteCount', 1);
    else await this.repo(manager).decrement({ id }, 'favoriteCount', 1);
  }

  /** One bookmark fewer on each of these positions (a user's bookmarks erased with the account). */
  async decrementFavoriteCounts(ids: number[], manager: EntityManager): Promise<void> {
    if (ids.length > 0) await this.repo(manager).decrement({ id: In(ids) }, 'favoriteCount', 1);
  }

  findTitles(ids: number[]): Promise<Array<Pick<PositionEntity, 'id' | 'title'>>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo().find({ select: { id: true, title: true }, where: { id: In(ids) } });
  }

  findFavoriteCount(id: number, manager: EntityManager): Promise<number> {
    return this.repo(manager)
      .findOne({ where: { id }, select: { id: true, favoriteCount: true } })
      .then((p) => p?.favoriteCount ?? 0);
  }

  /** Whether the user has bookmarked / applied to the position, in one statement. */
  async findViewerState(id: number, userId: number): Promise<{ favorited: boolean; applied: boolean }> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select(
        `(SELECT COUNT(*) FROM ${this.table(FavoriteEntity)} f WHERE f.userId = :userId AND f.targetType = :type AND f.targetId = :id)`,
        'favorited',
      )
      .addSelect(
        `(SELECT COUNT(*) FROM ${this.table(ApplicationEntity)} a WHERE a.userId = :userId AND a.positionId = :id)`,
        'applied',
      )
      .fromDummy()
      .setParameters({ userId, id, type: 'position' })
      .getRawOne<{ favorited: number | string; applied: number | string }>();
    return { favorited: Number(row?.favorited ?? 0) > 0, applied: Number(row?.applied ?? 0) > 0 };
  }

  /** User ids of an organisation's members (the people told about its postings). */
  async findMemberIds(organizationId: number, manager?: EntityManager): Promise<number[]> {
    const rows = await (manager ?? this.dataSource.manager).find(OrganizationMemberEntity, {
      select: { userId: true },
      where: { organizationId },
    });
    return rows.map((r) => r.userId);
  }

  /** Approved postings due a reminder (expiring by `until`, not yet reminded, not yet expired), oldest expiry first. */
  findDueReminders(now: Date, until: Date, limit: number): Promise<PositionEntity[]> {
    return this.repo()
      .createQueryBuilder('p')
      .select(['p.id', 'p.organizationId', 'p.title', 'p.titleEn', 'p.expiresOn', 'p.expiresAt', 'p.extended'])
      .where('p.status = :status', { status: 'approved' })
      .andWhere('p.reminderSentAt IS NULL')
      .andWhere('p.expiresAt > :now', { now })
      .andWhere('p.expiresAt <= :until', { until })
      .orderBy('p.expiresAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Claims the reminder of one posting: a conditional UPDATE, so of two instances running the job at once exactly
   * one sends it. False when it was claimed already (or the posting changed meanwhile).
   */
  async claimReminder(id: number, now: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PositionEntity)
      .set({ reminderSentAt: now })
      .where('id = :id', { id })
      .andWhere('reminderSentAt IS NULL')
      .andWhere('status = :status', { status: 'approved' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Postings (under review or open) past their expiry, oldest first. */
  findExpired(now: Date, limit: number): Promise<PositionEntity[]> {
    return this.repo()
      .createQueryBuilder('p')
      .select(['p.id', 'p.organizationId', 'p.title', 'p.titleEn', 'p.status', 'p.expiresOn'])
      .where('p.status IN (:...open)', { open: ['pending', 'approved'] })
      .andWhere('p.expiresAt <= :now', { now })
      .orderBy('p.expiresAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count();
  }

  private table(entity: typeof FavoriteEntity | typeof ApplicationEntity): string {
    const meta = this.dataSource.getMetadata(entity);
    return this.dataSource.driver.escape(meta.tableName);
  }
}

/** Views and applications per share channel; one method per query. */
@Injectable()
export class PositionChannelRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PositionChannelStatEntity);
  }

  /** One more view from this channel. */
  countView(positionId: number, channel: string, manager?: EntityManager): Promise<void> {
    return this.bump(positionId, channel, 'views', manager);
  }

  /** One more application from this channel (called by the application service in its transaction). */
  countApplication(positionId: number, channel: string, manager?: EntityManager): Promise<void> {
    return this.bump(positionId, channel, 'applications', manager);
  }

  findByPosition(positionId: number): Promise<PositionChannelStatEntity[]> {
    return this.repo().find({ where: { positionId }, order: { views: 'DESC', channel: 'ASC' } });
  }

  /**
   * An upsert that works the same on MySQL and SQLite under concurrency: add to the row if it is there; otherwise
   * insert it, and if another request inserted it first (unique violation), add to theirs.
   */
  private async bump(
    positionId: number,
    channel: string,
    column: 'views' | 'applications',
    manager?: EntityManager,
  ): Promise<void> {
    const repo = this.repo(manager);
    const updated = await repo.increment({ positionId, channel }, column, 1);
    if ((updated.affected ?? 0) > 0) return;
    try {
      await repo.insert({
        positionId,
        channel,
        views: column === 'views' ? 1 : 0,
        applications: column === 'applications' ? 1 : 0,
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      await repo.increment({ positionId, channel }, column, 1);
    }
  }
}
