import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { IntentionStatus } from '@ihaigui/shared';
import { TalentProfileEntity } from '../account/talent-profile.entity';
import { UserEntity } from '../account/user.entity';
import { ChallengeEntity } from '../challenge/challenge.entity';
import { EventEntity } from '../event/event.entity';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { IntentionEntity, IntentionStepEntity } from './intention.entity';

/** An intention with the names a card shows (joined in the same statement). */
export type IntentionRow = IntentionEntity & {
  organization?: Pick<OrganizationEntity, 'id' | 'name'> | null;
  talent?: Pick<UserEntity, 'id' | 'displayName'> | null;
  project?: Pick<ProjectEntity, 'id' | 'name' | 'nameEn'> | null;
  event?: Pick<EventEntity, 'id' | 'title' | 'titleEn'> | null;
  challenge?: Pick<ChallengeEntity, 'id' | 'title'> | null;
};

/** A step with the name of the account that made it. */
export type IntentionStepRow = IntentionStepEntity & { actor?: Pick<UserEntity, 'id' | 'displayName'> | null };

export interface IntentionPageFilter {
  organizationId?: number;
  talentUserId?: number;
  status?: IntentionStatus;
  eventId?: number;
  offset: number;
  limit: number;
}

/** Every SQL statement about intentions and their steps, one method per query. */
@Injectable()
export class IntentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Intentions with their organisation, talent, project, event and challenge names. Each join matches at most one
   * row, so OFFSET/LIMIT page correctly.
   */
  private withNames(manager?: EntityManager): SelectQueryBuilder<IntentionEntity> {
    return this.em(manager)
      .createQueryBuilder(IntentionEntity, 'i')
      .leftJoinAndMapOne('i.organization', OrganizationEntity, 'o', 'o.id = i.organizationId')
      .leftJoinAndMapOne('i.talent', UserEntity, 'u', 'u.id = i.talentUserId')
      .leftJoinAndMapOne('i.project', ProjectEntity, 'p', 'p.id = i.projectId')
      .leftJoinAndMapOne('i.event', EventEntity, 'e', 'e.id = i.eventId')
      .leftJoinAndMapOne('i.challenge', ChallengeEntity, 'c', 'c.id = i.challengeId')
      .select('i')
      .addSelect([
        'o.id',
        'o.name',
        'u.id',
        'u.displayName',
        'p.id',
        'p.name',
        'p.nameEn',
        'e.id',
        'e.title',
        'e.titleEn',
        'c.id',
        'c.title',
      ]);
  }

  findById(id: number, manager?: EntityManager): Promise<IntentionEntity | null> {
    return this.em(manager).findOne(IntentionEntity, { where: { id } });
  }

  findRow(id: number, manager?: EntityManager): Promise<IntentionRow | null> {
    return this.withNames(manager).where('i.id = :id', { id }).getOne();
  }

  /**
   * The open intention holding this key. `latest` reads the newest committed row even inside a transaction whose
   * snapshot predates it (a locking read on MySQL/MariaDB; SQLite has one writer at a time, so a plain read).
   */
  findByOpenKey(openKey: string, manager?: EntityManager, latest = false): Promise<IntentionEntity | null> {
    const qb = this.em(manager).createQueryBuilder(IntentionEntity, 'i').where('i.openKey = :openKey', { openKey });
    if (latest && this.dataSource.options.type !== 'better-sqlite3') qb.setLock('pessimistic_read');
    return qb.getOne();
  }

  /** Page + count, newest activity first. */
  findPage(filter: IntentionPageFilter): Promise<[IntentionRow[], number]> {
    const qb = this.withNames();
    if (filter.organizationId !== undefined) qb.andWhere('i.organizationId = :org', { org: filter.organizationId });
    if (filter.talentUserId !== undefined) qb.andWhere('i.talentUserId = :talent', { talent: filter.talentUserId });
    if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
    if (filter.eventId !== undefined) qb.andWhere('i.eventId = :eventId', { eventId: filter.eventId });
    return qb
      .orderBy('i.updatedAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getManyAndCount();
  }

  /** Every intention where the user is the talent side (their data export), newest first. */
  findAllOfTalent(talentUserId: number): Promise<IntentionRow[]> {
    return this.withNames()
      .where('i.talentUserId = :talentUserId', { talentUserId })
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /** The steps of one intention with who made them, oldest first. */
  findSteps(intentionId: number, manager?: EntityManager): Promise<IntentionStepRow[]> {
    return this.em(manager)
      .createQueryBuilder(IntentionStepEntity, 's')
      .leftJoinAndMapOne('s.actor', UserEntity, 'u', 'u.id = s.actorUserId')
      .select('s')
      .addSelect(['u.id', 'u.displayName'])
      .where('s.intentionId = :intentionId', { intentionId })
      .orderBy('s.at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  insert(values: Partial<IntentionEntity>, manager: EntityManager): Promise<IntentionEntity> {
    return manager.save(manager.create(IntentionEntity, values));
  }

  async insertStep(values: Omit<IntentionStepEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.insert(IntentionStepEntity, values);
  }

  /** Moves an intention only while it is still in `from`; false when another step got there first. */
  async transition(
    id: number,
    from: IntentionStatus,
    values: Partial<IntentionEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(IntentionEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status = :from', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Ids of the intentions where the user is the talent side (before erasing them). */
  async findIdsOfTalent(talentUserId: number, manager: EntityManager): Promise<number[]> {
    const rows = await manager.find(IntentionEntity, { select: { id: true }, where: { talentUserId } });
    return rows.map((r) => r.id);
  }

  async deleteSteps(intentionIds: number[], manager: EntityManager): Promise<void> {
    if (intentionIds.length === 0) return;
    await manager.delete(IntentionStepEntity, { intentionId: In(intentionIds) });
  }

  async deleteAllOfTalent(talentUserId: number, manager: EntityManager): Promise<void> {
    await manager.delete(IntentionEntity, { talentUserId });
  }

  /** Whether the organisation has an intention on the project in one of the given states. */
  async organizationHasIntentionIn(
    organizationId: number,
    projectId: number,
    statuses: readonly IntentionStatus[],
  ): Promise<boolean> {
    const count = await this.dataSource.manager.count(IntentionEntity, {
      where: { organizationId, projectId, status: In([...statuses]) },
    });
    return count > 0;
  }

  // ---- the parties, read without importing their features ----

  /** The organisation the user belongs to (its id and status), or null. */
  findOrganizationOfMember(
    userId: number,
    manager?: EntityManager,
  ): Promise<Pick<OrganizationEntity, 'id' | 'name' | 'status'> | null> {
    return this.em(manager)
      .createQueryBuilder(OrganizationEntity, 'o')
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organizationId = o.id')
      .select(['o.id', 'o.name', 'o.status'])
      .where('m.userId = :userId', { userId })
      .getOne();
  }

  findOrganization(
    id: number,
    manager?: EntityManager,
  ): Promise<Pick<OrganizationEntity, 'id' | 'name' | 'status'> | null> {
    return this.em(manager).findOne(OrganizationEntity, {
      select: { id: true, name: true, status: true },
      where: { id },
    });
  }

  findProject(
    id: number,
    manager?: EntityManager,
  ): Promise<Pick<ProjectEntity, 'id' | 'ownerId' | 'name' | 'nameEn' | 'status'> | null> {
    return this.em(manager).findOne(ProjectEntity, {
      select: { id: true, ownerId: true, name: true, nameEn: true, status: true },
      where: { id },
    });
  }

  /** An account that can still take part (not deleted), with its role. */
  findActiveUser(id: number, manager?: EntityManager): Promise<Pick<UserEntity, 'id' | 'role' | 'displayName'> | null> {
    return this.em(manager).findOne(UserEntity, {
      select: { id: true, role: true, displayName: true },
      where: { id, deletedAt: IsNull() },
    });
  }

  findProfileVisibility(
    userId: number,
    manager?: EntityManager,
  ): Promise<Pick<TalentProfileEntity, 'userId' | 'visibility'> | null> {
    return this.em(manager).findOne(TalentProfileEntity, {
      select: { userId: true, visibility: true },
      where: { userId },
    });
  }

  async eventExists(id: number, manager?: EntityManager): Promise<boolean> {
    return (await this.em(manager).count(EventEntity, { where: { id } })) > 0;
  }
}
