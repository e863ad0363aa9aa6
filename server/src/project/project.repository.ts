import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { Industry, OriginRegion, ProjectSeek, ProjectStage, ProjectStatus } from '@ihaigui/shared';
import { TalentProfileEntity } from '../account/talent-profile.entity';
import { UserEntity } from '../account/user.entity';
import { EventEntity } from '../event/event.entity';
import { likePattern } from '../common/db/like-pattern';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity, ProjectHistoryEntity } from './project.entity';

/** A project with its owner's display name, the leader's name from the talent profile and its event (same statement). */
export type ProjectRow = ProjectEntity & {
  owner?: Pick<UserEntity, 'id' | 'displayName'> | null;
  profile?: Pick<TalentProfileEntity, 'userId' | 'name'> | null;
  event?: Pick<EventEntity, 'id' | 'title' | 'titleEn'> | null;
};

/** Columns of a public card: no details, contact or pitch-deck key. */
export const PROJECT_SUMMARY_COLUMNS = [
  'id',
  'ownerId',
  'name',
  'nameEn',
  'field',
  'originRegion',
  'teamSize',
  'leaderDegree',
  'stage',
  'financingNeed',
  'seeks',
  'summary',
  'summaryEn',
  'visibility',
  'shortlistedAt',
  'acceptedAt',
] as const;

/** A list row for the owner and staff: the card plus state and counters, still without the private texts. */
export const PROJECT_RECORD_COLUMNS = [
  ...PROJECT_SUMMARY_COLUMNS,
  'eventId',
  'status',
  'statusReason',
  'submittedAt',
  'reviewedAt',
  'assignedCount',
  'reviewCount',
  'averageScore',
  'createdAt',
  'updatedAt',
] as const;

export interface PublicProjectFilter {
  /** The caller, when signed in: verified organisations' members and staff also see `verified_orgs` projects. */
  viewerId: number | null;
  q?: string;
  field?: Industry;
  originRegion?: OriginRegion;
  stage?: ProjectStage;
  seeks?: ProjectSeek;
}

export type StaffProjectView = 'submitted' | 'accepted' | 'returned' | 'rejected' | 'ranking' | 'shortlisted';

/** Every SQL statement about projects and their history, one method per query. */
@Injectable()
export class ProjectRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The columns given (all when null) with the owner, the leader's profile name and the event mapped on. */
  private withContext(columns: readonly string[] | null, manager?: EntityManager): SelectQueryBuilder<ProjectEntity> {
    return this.em(manager)
      .createQueryBuilder(ProjectEntity, 'p')
      .leftJoinAndMapOne('p.owner', UserEntity, 'u', 'u.id = p.ownerId')
      .leftJoinAndMapOne('p.profile', TalentProfileEntity, 'tp', 'tp.userId = p.ownerId')
      .leftJoinAndMapOne('p.event', EventEntity, 'e', 'e.id = p.eventId')
      .select([
        ...(columns ? columns.map((c) => `p.${c}`) : ['p']),
        'u.id',
        'u.displayName',
        'tp.userId',
        'tp.name',
        'e.id',
        'e.title',
        'e.titleEn',
      ]);
  }

  findById(id: number, manager?: EntityManager): Promise<ProjectEntity | null> {
    return this.em(manager).findOne(ProjectEntity, { where: { id } });
  }

  /** One project with everything a record shows. */
  findWithContext(id: number, manager?: EntityManager): Promise<ProjectRow | null> {
    return this.withContext(null, manager).where('p.id = :id', { id }).getOne();
  }

  insert(values: Partial<ProjectEntity>, manager: EntityManager): Promise<ProjectEntity> {
    return manager.save(manager.create(ProjectEntity, values));
  }

  /** Changes the project only while its status is one of `from`; false when it was not (or someone moved it meanwhile). */
  async transition(
    id: number,
    from: ProjectStatus[],
    values: Partial<ProjectEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProjectEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Puts an accepted project on the shortlist or takes it off; false when it was not accepted or already so. */
  async setShortlisted(id: number, on: boolean, now: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProjectEntity)
      .set({ shortlistedAt: on ? now : null, updatedAt: now })
      .where('id = :id', { id })
      .andWhere('status = :accepted', { accepted: 'accepted' })
      .andWhere(on ? 'shortlistedAt IS NULL' : 'shortlistedAt IS NOT NULL')
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Deletes a project only while its status is one of `from`. */
  async deleteIn(id: number, from: ProjectStatus[], manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ProjectEntity)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** A talent's own projects, newest first: page + count. */
  findPageForOwner(
    ownerId: number,
    { offset, limit }: { offset: number; limit: number },
  ): Promise<[ProjectRow[], number]> {
    return this.withContext(PROJECT_RECORD_COLUMNS)
      .where('p.ownerId = :ownerId', { ownerId })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  /**
   * Accepted projects the caller may find, newest accepted first: page + count in two statements. Whether the caller
   * belongs to a verified organisation or is staff is part of the filter (EXISTS), so it costs no statement of its own.
   */
  async findPublicPage(
    filter: PublicProjectFilter & { offset: number; limit: number },
  ): Promise<[ProjectEntity[], number]> {
    const qb = this.em().createQueryBuilder(ProjectEntity, 'p').where('p.status = :accepted', { accepted: 'accepted' });
    if (filter.viewerId === null) {
      qb.andWhere('p.visibility = :public', { public: 'public' });
    } else {
      const verifiedMember = qb
        .subQuery()
        .select('vm.userId')
        .from(OrganizationMemberEntity, 'vm')
        .innerJoin(OrganizationEntity, 'vo', 'vo.id = vm.organizationId')
        .where('vm.userId = :viewerId')
        .andWhere('vo.status = :verified')
        .getQuery();
      const staff = qb
        .subQuery()
        .select('su.id')
        .from(UserEntity, 'su')
        .where('su.id = :viewerId')
        .andWhere('su.deletedAt IS NULL')
        .andWhere('su.role IN (:...staffRoles)')
        .getQuery();
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.visibility = :public')
            .orWhere('p.ownerId = :viewerId')
            .orWhere(`EXISTS ${verifiedMember}`)
            .orWhere(`EXISTS ${staff}`),
        ),
        { public: 'public', viewerId: filter.viewerId, verified: 'verified', staffRoles: ['staff', 'admin'] },
      );
    }
    if (filter.q) {
      const q = likePattern(filter.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("p.name LIKE :q ESCAPE '!'", { q })
            .orWhere("p.nameEn LIKE :q ESCAPE '!'", { q })
            .orWhere("p.summary LIKE :q ESCAPE '!'", { q })
            .orWhere("p.summaryEn LIKE :q ESCAPE '!'", { q }),
        ),
      );
    }
    if (filter.field) qb.andWhere('p.field = :field', { field: filter.field });
    if (filter.originRegion) qb.andWhere('p.originRegion = :originRegion', { originRegion: filter.originRegion });
    if (filter.stage) qb.andWhere('p.stage = :stage', { stage: filter.stage });
    if (filter.seeks) qb.andWhere('p.seeks LIKE :seeks', { seeks: `%,${filter.seeks},%` });
    const rows = await qb
      .clone()
      .select(PROJECT_SUMMARY_COLUMNS.map((c) => `p.${c}`))
      .orderBy('p.acceptedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getMany();
    return [rows, await qb.getCount()];
  }

  /** Staff views: page + count. The screening queue is oldest first; ranking and shortlist by score, unscored last. */
  findStaffPage(params: {
    view: StaffProjectView;
    eventId?: number;
    offset: number;
    limit: number;
  }): Promise<[ProjectRow[], number]> {
    const qb = this.withContext(PROJECT_RECORD_COLUMNS);
    const status: ProjectStatus = params.view === 'ranking' || params.view === 'shortlisted' ? 'accepted' : params.view;
    qb.where('p.status = :status', { status });
    if (params.view === 'shortlisted') qb.andWhere('p.shortlistedAt IS NOT NULL');
    if (params.eventId) qb.andWhere('p.eventId = :eventId', { eventId: params.eventId });
    switch (params.view) {
      case 'submitted':
        qb.orderBy('p.submittedAt', 'ASC').addOrderBy('p.id', 'ASC');
        break;
      case 'accepted':
        qb.orderBy('p.acceptedAt', 'DESC').addOrderBy('p.id', 'DESC');
        break;
      case 'ranking':
      case 'shortlisted':
        byScore(qb);
        break;
      default:
        qb.orderBy('p.updatedAt', 'DESC').addOrderBy('p.id', 'DESC');
    }
    return qb.offset(params.offset).limit(params.limit).getManyAndCount();
  }

  /** The ranking: accepted projects by average score, unscored last: page + count. */
  findRankingPage(params: { eventId?: number; offset: number; limit: number }): Promise<[ProjectEntity[], number]> {
    const qb = this.em()
      .createQueryBuilder(ProjectEntity, 'p')
      .select([...PROJECT_SUMMARY_COLUMNS, 'averageScore', 'reviewCount', 'assignedCount'].map((c) => `p.${c}`))
      .where('p.status = :accepted', { accepted: 'accepted' });
    if (params.eventId) qb.andWhere('p.eventId = :eventId', { eventId: params.eventId });
    return byScore(qb).offset(params.offset).limit(params.limit).getManyAndCount();
  }

  /**
   * Locks the project row for the rest of the transaction (an UPDATE that changes nothing visible) while it is in one
   * of `from`; false when it is not. Reviews and assignments take this lock first, so their recounts run one after
   * another per project and never deadlock on each other's review rows.
   */
  async lockIn(id: number, from: ProjectStatus[], now: Date, manager: EntityManager): Promise<boolean> {
    return this.transition(id, from, { updatedAt: now }, manager);
  }

  /**
   * Recomputes the review counters from the review rows in one statement (after `lockIn`, in the same transaction):
   * assigned and scored counts, the average total, and `reviewedAt` — set when every assigned reviewer has scored
   * (at least one), kept when it was set before, cleared when an unscored assignment is open.
   */
  async recountReviews(id: number, now: Date, manager: EntityManager): Promise<void> {
    const reviews = 'FROM project_review r WHERE r.projectId = :id';
    await manager
      .createQueryBuilder()
      .update(ProjectEntity)
      .set({
        // Left as the caller set it (an UPDATE would otherwise stamp the database's time on it).
        updatedAt: () => 'updatedAt',
        assignedCount: () => `(SELECT COUNT(*) ${reviews})`,
        reviewCount: () => `(SELECT COUNT(*) ${reviews} AND r.submittedAt IS NOT NULL)`,
        averageScore: () => `(SELECT AVG(r.total) ${reviews} AND r.submittedAt IS NOT NULL)`,
        reviewedAt: () =>
          `CASE WHEN EXISTS (SELECT 1 ${reviews} AND r.submittedAt IS NULL) OR NOT EXISTS (SELECT 1 ${reviews}) THEN NULL ` +
          'WHEN reviewedAt IS NOT NULL THEN reviewedAt ELSE :now END',
      })
      .where('id = :id', { id, now })
      .execute();
  }

  /** Whether a published event has not started yet (a project may register for it). */
  async isOpenEvent(eventId: number, now: Date): Promise<boolean> {
    const found = await this.em()
      .createQueryBuilder(EventEntity, 'e')
      .select('e.id')
      .where('e.id = :eventId', { eventId })
      .andWhere('e.status = :published', { published: 'published' })
      .andWhere('e.startsAt > :now', { now })
      .getOne();
    return found !== null;
  }

  /** The screening and shortlisting steps of several projects in one statement, oldest first. */
  findHistory(projectIds: number[], manager?: EntityManager): Promise<ProjectHistoryEntity[]> {
    if (projectIds.length === 0) return Promise.resolve([]);
    return this.em(manager).find(ProjectHistoryEntity, {
      where: { projectId: In(projectIds) },
      order: { at: 'ASC', id: 'ASC' },
    });
  }

  async insertHistory(values: Omit<ProjectHistoryEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.insert(ProjectHistoryEntity, values);
  }

  /** Everything a talent registered (their data export), newest first. */
  findAllOfOwner(ownerId: number): Promise<ProjectEntity[]> {
    return this.em().find(ProjectEntity, { where: { ownerId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Ids and pitch-deck files of a talent's projects (before erasing them). */
  findKeysOfOwner(ownerId: number, manager: EntityManager): Promise<Array<Pick<ProjectEntity, 'id' | 'pitchDeckKey'>>> {
    return manager.find(ProjectEntity, { select: { id: true, pitchDeckKey: true }, where: { ownerId } });
  }

  async deleteHistory(projectIds: number[], manager: EntityManager): Promise<void> {
    if (projectIds.length === 0) return;
    await manager.delete(ProjectHistoryEntity, { projectId: In(projectIds) });
  }

  async deleteAllOfOwner(ownerId: number, manager: EntityManager): Promise<void> {
    await manager.delete(ProjectEntity, { ownerId });
  }

  /** Accounts that may be assigned as reviewers (active reviewer, staff and admin accounts), by name. */
  findReviewerAccounts(limit: number): Promise<Array<Pick<UserEntity, 'id' | 'displayName' | 'role'>>> {
    return this.em().find(UserEntity, {
      select: { id: true, displayName: true, role: true },
      where: { role: In(['reviewer', 'staff', 'admin']), deletedAt: IsNull() },
      order: { displayName: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /** Of the ids given, the active accounts that may review (one statement). */
  findReviewerAccountsByIds(
    ids: number[],
    manager?: EntityManager,
  ): Promise<Array<Pick<UserEntity, 'id' | 'displayName' | 'role'>>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em(manager).find(UserEntity, {
      select: { id: true, displayName: true, role: true },
      where: { id: In(ids), role: In(['reviewer', 'staff', 'admin']), deletedAt: IsNull() },
    });
  }
}

/** By average score, best first, unscored last; ties by acceptance. Portable: the NULL test is an ordinary column. */
function byScore<T extends SelectQueryBuilder<ProjectEntity>>(qb: T): T {
  return qb
    .addSelect('CASE WHEN p.averageScore IS NULL THEN 1 ELSE 0 END', 'unscored')
    .orderBy('unscored', 'ASC')
    .addOrderBy('p.averageScore', 'DESC')
    .addOrderBy('p.acceptedAt', 'ASC')
    .addOrderBy('p.id', 'ASC');
}
