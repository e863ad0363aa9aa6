import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { ChallengeStatus, Industry, ResponseStatus } from '@ihaigui/shared';
import { TalentProfileEntity } from '../account/talent-profile.entity';
import { UserEntity } from '../account/user.entity';
import { likePattern } from '../common/db/like-pattern';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { ChallengeEntity, ChallengeResponseEntity } from './challenge.entity';

/** A challenge with the name of the organisation that posted it (joined in the same statement). */
export type ChallengeWithOrg = ChallengeEntity & { organization: { id: number; name: string } };

/** A response with what a card shows: the challenge's title, the responder and the project (joined). */
export type ResponseRow = ChallengeResponseEntity & {
  challenge?: Pick<ChallengeEntity, 'id' | 'title'> | null;
  responder?: Pick<UserEntity, 'id' | 'displayName'> | null;
  profile?: Pick<TalentProfileEntity, 'userId' | 'degree' | 'studyCountry'> | null;
  project?: Pick<ProjectEntity, 'id' | 'name'> | null;
};

/** Columns of a list card: everything but the long texts. */
const CHALLENGE_LIST_COLUMNS = [
  'id',
  'organizationId',
  'title',
  'titleEn',
  'field',
  'budgetMin',
  'budgetMax',
  'deadline',
  'deadlineAt',
  'status',
  'contentCheck',
  'rejectReason',
  'publishedAt',
  'responseCount',
  'pickedResponseId',
  'createdAt',
  'updatedAt',
] as const;

/** Every SQL statement about challenges, one method per query. */
@Injectable()
export class ChallengeRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ChallengeEntity);
  }

  /** The columns given (all when null), with the organisation's id and name mapped onto `organization`. */
  private withOrg(columns: readonly string[] | null, manager?: EntityManager): SelectQueryBuilder<ChallengeEntity> {
    return this.repo(manager)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.organization', OrganizationEntity, 'o', 'o.id = c.organizationId')
      .select([...(columns ? columns.map((col) => `c.${col}`) : ['c']), 'o.id', 'o.name']);
  }

  /** Open and not past the deadline, newest first: page + count. */
  findPublicPage(filter: {
    now: Date;
    q?: string;
    field?: Industry;
    offset: number;
    limit: number;
  }): Promise<[ChallengeEntity[], number]> {
    const qb = this.withOrg(CHALLENGE_LIST_COLUMNS)
      .where('c.status = :open', { open: 'open' })
      .andWhere('c.deadlineAt > :now', { now: filter.now });
    if (filter.q) {
      const q = likePattern(filter.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("c.title LIKE :q ESCAPE '!'", { q })
            .orWhere("c.titleEn LIKE :q ESCAPE '!'", { q })
            .orWhere("c.problem LIKE :q ESCAPE '!'", { q }),
        ),
      );
    }
    if (filter.field) qb.andWhere('c.field = :field', { field: filter.field });
    return qb
      .orderBy('c.publishedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getManyAndCount();
  }

  findWithOrg(id: number, manager?: EntityManager): Promise<ChallengeWithOrg | null> {
    return this.withOrg(null, manager).where('c.id = :id', { id }).getOne() as Promise<ChallengeWithOrg | null>;
  }

  findById(id: number, manager?: EntityManager): Promise<ChallengeEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  /** One organisation's challenges, newest first: page + count. */
  findOrgPage(params: { organizationId: number; status?: ChallengeStatus; offset: number; limit: number }) {
    const qb = this.withOrg(CHALLENGE_LIST_COLUMNS).where('c.organizationId = :org', { org: params.organizationId });
    if (params.status) qb.andWhere('c.status = :status', { status: params.status });
    return qb
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** Staff views by state: the review queue oldest first (first come, first served), the others newest first. */
  findStaffPage(params: { status: ChallengeStatus; offset: number; limit: number }) {
    const order = params.status === 'pending' ? 'ASC' : 'DESC';
    return this.withOrg(CHALLENGE_LIST_COLUMNS)
      .where('c.status = :status', { status: params.status })
      .orderBy('c.updatedAt', order)
      .addOrderBy('c.id', order)
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  insert(values: Partial<ChallengeEntity>, manager: EntityManager): Promise<ChallengeEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(values));
  }

  /** New values only while the challenge is still in one of `from`; false when someone else changed it first. */
  async transition(
    id: number,
    from: ChallengeStatus[],
    values: Partial<ChallengeEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * One response more, only while the challenge takes responses (open, before its deadline): the gate and the
   * count in one statement, so a response cannot slip in as the challenge closes.
   */
  async countResponseIfOpen(id: number, now: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set({ responseCount: () => 'responseCount + 1' })
      .where('id = :id', { id })
      .andWhere('status = :open', { open: 'open' })
      .andWhere('deadlineAt > :now', { now })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async uncountResponse(id: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set({ responseCount: () => 'responseCount - 1' })
      .where('id = :id', { id })
      .andWhere('responseCount > 0')
      .execute();
  }

  /** One response fewer on each of these challenges (a responder's live responses erased with the account). */
  async uncountResponses(ids: number[], manager: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set({ responseCount: () => 'responseCount - 1' })
      .where('id IN (:...ids)', { ids })
      .andWhere('responseCount > 0')
      .execute();
  }

  /** Forgets picked responses that are being erased (the challenge stays awarded). */
  async clearPickedResponses(responseIds: number[], manager: EntityManager): Promise<void> {
    if (responseIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set({ pickedResponseId: null })
      .where('pickedResponseId IN (:...responseIds)', { responseIds })
      .execute();
  }

  /** The organisation a user belongs to (id, name, status), or null. */
  findOrganizationOfMember(
    userId: number,
    manager?: EntityManager,
  ): Promise<Pick<OrganizationEntity, 'id' | 'name' | 'status'> | null> {
    return (manager ?? this.dataSource.manager)
      .createQueryBuilder(OrganizationEntity, 'o')
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organizationId = o.id')
      .select(['o.id', 'o.name', 'o.status'])
      .where('m.userId = :userId', { userId })
      .getOne();
  }

  /** A project's owner and state, to check a responder brings one of their own accepted projects. */
  findProject(id: number): Promise<Pick<ProjectEntity, 'id' | 'ownerId' | 'status'> | null> {
    return this.dataSource.manager.findOne(ProjectEntity, {
      select: { id: true, ownerId: true, status: true },
      where: { id },
    });
  }
}

/** Every SQL statement about responses to challenges, one method per query. */
@Injectable()
export class ChallengeResponseRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Responses with the challenge's title, the responder's name, degree and country of study, and the project's name. */
  private withContext(manager?: EntityManager): SelectQueryBuilder<ChallengeResponseEntity> {
    return this.em(manager)
      .createQueryBuilder(ChallengeResponseEntity, 'r')
      .leftJoinAndMapOne('r.challenge', ChallengeEntity, 'c', 'c.id = r.challengeId')
      .leftJoinAndMapOne('r.responder', UserEntity, 'u', 'u.id = r.userId')
      .leftJoinAndMapOne('r.profile', TalentProfileEntity, 'tp', 'tp.userId = r.userId')
      .leftJoinAndMapOne('r.project', ProjectEntity, 'p', 'p.id = r.projectId')
      .select('r')
      .addSelect([
        'c.id',
        'c.title',
        'u.id',
        'u.displayName',
        'tp.userId',
        'tp.degree',
        'tp.studyCountry',
        'p.id',
        'p.name',
      ]);
  }

  findRow(id: number, manager?: EntityManager): Promise<ResponseRow | null> {
    return this.withContext(manager).where('r.id = :id', { id }).getOne();
  }

  findOfUser(challengeId: number, userId: number, manager?: EntityManager): Promise<ChallengeResponseEntity | null> {
    return this.em(manager).findOne(ChallengeResponseEntity, { where: { challengeId, userId } });
  }

  findRowOfUser(challengeId: number, userId: number): Promise<ResponseRow | null> {
    return this.withContext()
      .where('r.challengeId = :challengeId', { challengeId })
      .andWhere('r.userId = :userId', { userId })
      .getOne();
  }

  /** The responses to one challenge, oldest first (the order they came in): page + count. */
  findPageForChallenge(params: { challengeId: number; status?: ResponseStatus; offset: number; limit: number }) {
    const qb = this.withContext().where('r.challengeId = :challengeId', { challengeId: params.challengeId });
    if (params.status) qb.andWhere('r.status = :status', { status: params.status });
    return qb
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** A talent's own responses, newest first: page + count. */
  findPageForUser(params: { userId: number; offset: number; limit: number }) {
    return this.withContext()
      .where('r.userId = :userId', { userId: params.userId })
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** Who else is still in the running (before they are told they were not picked). */
  findLiveOthers(
    challengeId: number,
    exceptId: number | null,
    manager: EntityManager,
  ): Promise<Array<Pick<ChallengeResponseEntity, 'id' | 'userId'>>> {
    const qb = manager
      .createQueryBuilder(ChallengeResponseEntity, 'r')
      .select(['r.id', 'r.userId'])
      .where('r.challengeId = :challengeId', { challengeId })
      .andWhere('r.status IN (:...live)', { live: ['submitted', 'shortlisted'] });
    if (exceptId !== null) qb.andWhere('r.id <> :exceptId', { exceptId });
    return qb.getMany();
  }

  insert(values: Partial<ChallengeResponseEntity>, manager: EntityManager): Promise<ChallengeResponseEntity> {
    return manager.save(manager.create(ChallengeResponseEntity, values));
  }

  /** New values only while the response is still in one of `from`; false when it changed meanwhile. */
  async transition(
    id: number,
    from: ResponseStatus[],
    values: Partial<ChallengeResponseEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ChallengeResponseEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Every still-live response but the picked one becomes not picked. */
  async markOthersNotPicked(
    challengeId: number,
    exceptId: number | null,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    const qb = manager
      .createQueryBuilder()
      .update(ChallengeResponseEntity)
      .set({ status: 'not_picked', updatedAt: now })
      .where('challengeId = :challengeId', { challengeId })
      .andWhere('status IN (:...live)', { live: ['submitted', 'shortlisted'] });
    if (exceptId !== null) qb.andWhere('id <> :exceptId', { exceptId });
    await qb.execute();
  }

  /** A responder's responses (their data export and erasure). */
  findAllOfUser(userId: number, manager?: EntityManager): Promise<ResponseRow[]> {
    return this.withContext(manager)
      .where('r.userId = :userId', { userId })
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(ChallengeResponseEntity, { userId });
  }
}
