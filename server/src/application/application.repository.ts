import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { ApplicationStatus } from '@ihaigui/shared';
import { PositionEntity } from '../job/position.entity';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ApplicationEntity, ApplicationEventEntity } from './application.entity';

/** An application with the position's title and the organisation's name (joined in the same statement). */
export type ApplicationRow = ApplicationEntity & {
  position?: Pick<PositionEntity, 'id' | 'title' | 'titleEn'> | null;
  organization?: Pick<OrganizationEntity, 'id' | 'name'> | null;
};

/** Every SQL statement about applications and their history, one method per query. */
@Injectable()
export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Applications with what a card shows about the position and organisation; one organisation per row, so OFFSET/LIMIT page correctly. */
  private withContext(manager?: EntityManager): SelectQueryBuilder<ApplicationEntity> {
    return this.em(manager)
      .createQueryBuilder(ApplicationEntity, 'a')
      .leftJoinAndMapOne('a.position', PositionEntity, 'p', 'p.id = a.positionId')
      .leftJoinAndMapOne('a.organization', OrganizationEntity, 'o', 'o.id = a.organizationId')
      .select('a')
      .addSelect(['p.id', 'p.title', 'p.titleEn', 'o.id', 'o.name']);
  }

  findById(id: number, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return this.em(manager).findOne(ApplicationEntity, { where: { id } });
  }

  findWithContext(id: number, manager?: EntityManager): Promise<ApplicationRow | null> {
    return this.withContext(manager).where('a.id = :id', { id }).getOne();
  }

  findByUserAndPosition(
    userId: number,
    positionId: number,
  ): Promise<Pick<ApplicationEntity, 'id' | 'positionId'> | null> {
    return this.em().findOne(ApplicationEntity, {
      select: { id: true, positionId: true },
      where: { userId, positionId },
    });
  }

  /** A talent's own applications, newest first: page + count. */
  findPageForUser(params: { userId: number; status?: ApplicationStatus; offset: number; limit: number }) {
    const qb = this.withContext().where('a.userId = :userId', { userId: params.userId });
    if (params.status) qb.andWhere('a.status = :status', { status: params.status });
    return qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /**
   * The applications to one position as one of the posting organisation's members sees them, newest first: page +
   * count. The membership is part of the filter, so another organisation's member gets nothing.
   */
  findPageForPositionAndMember(params: {
    positionId: number;
    memberId: number;
    status?: ApplicationStatus;
    offset: number;
    limit: number;
  }) {
    const qb = this.withContext()
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organizationId = a.organizationId AND m.userId = :memberId', {
        memberId: params.memberId,
      })
      .where('a.positionId = :positionId', { positionId: params.positionId });
    if (params.status) qb.andWhere('a.status = :status', { status: params.status });
    return qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** True when the position belongs to the organisation the user is a member of. */
  async isPositionOfMember(positionId: number, memberId: number): Promise<boolean> {
    const found = await this.em()
      .createQueryBuilder(PositionEntity, 'p')
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organizationId = p.organizationId AND m.userId = :memberId', {
        memberId,
      })
      .select('p.id')
      .where('p.id = :positionId', { positionId })
      .getOne();
    return found !== null;
  }

  /** The history of several applications in one statement, oldest first. */
  findEvents(applicationIds: number[]): Promise<ApplicationEventEntity[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.em().find(ApplicationEventEntity, {
      where: { applicationId: In(applicationIds) },
      order: { at: 'ASC', id: 'ASC' },
    });
  }

  insert(values: Partial<ApplicationEntity>, manager: EntityManager): Promise<ApplicationEntity> {
    return manager.save(manager.create(ApplicationEntity, values));
  }

  async insertEvent(values: Omit<ApplicationEventEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.insert(ApplicationEventEntity, values);
  }

  /** Changes the status only while it is still one of `from`; false when someone else moved it meanwhile. */
  async transition(
    id: number,
    from: ApplicationStatus[],
    values: Partial<ApplicationEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Everything a talent applied with (their data export), newest first. */
  findAllOfUser(userId: number): Promise<ApplicationRow[]> {
    return this.withContext()
      .where('a.userId = :userId', { userId })
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
  }

  /** Ids and CV copies of a talent's applications (before erasing them). */
  findKeysOfUser(userId: number, manager: EntityManager): Promise<Array<Pick<ApplicationEntity, 'id' | 'cvKey'>>> {
    return manager.find(ApplicationEntity, { select: { id: true, cvKey: true }, where: { userId } });
  }

  async deleteEvents(applicationIds: number[], manager: EntityManager): Promise<void> {
    if (applicationIds.length === 0) return;
    await manager.delete(ApplicationEventEntity, { applicationId: In(applicationIds) });
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(ApplicationEntity, { userId });
  }
}
