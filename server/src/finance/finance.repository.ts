import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ContactRequestStatus, FinanceKind } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ContactRequestEntity, FinanceServiceEntity } from './finance.entity';

/** Finance services and the names of the organisations providing them; one method per query. */
@Injectable()
export class FinanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Page + count, whatever the page size. */
  findPage(params: { kind?: FinanceKind; offset: number; limit: number }) {
    return this.em().findAndCount(FinanceServiceEntity, {
      where: params.kind ? { kind: params.kind } : {},
      order: { id: 'ASC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  findById(id: number, manager?: EntityManager): Promise<FinanceServiceEntity | null> {
    return this.em(manager).findOne(FinanceServiceEntity, { where: { id } });
  }

  findByIds(ids: number[]): Promise<FinanceServiceEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(FinanceServiceEntity, { where: { id: In(ids) } });
  }

  insert(values: Partial<FinanceServiceEntity>, manager: EntityManager): Promise<FinanceServiceEntity> {
    return manager.save(manager.create(FinanceServiceEntity, values));
  }

  async update(id: number, values: Partial<FinanceServiceEntity>, manager: EntityManager): Promise<void> {
    await manager.update(FinanceServiceEntity, { id }, values);
  }

  findOrganizationNames(ids: number[]): Promise<Array<Pick<OrganizationEntity, 'id' | 'name'>>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(OrganizationEntity, { select: { id: true, name: true }, where: { id: In(ids) } });
  }
}

/** Contact requests to finance providers and the requester names shown with them; one method per query. */
@Injectable()
export class ContactRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager): Promise<ContactRequestEntity | null> {
    return this.em(manager).findOne(ContactRequestEntity, { where: { id } });
  }

  insert(values: Partial<ContactRequestEntity>, manager: EntityManager): Promise<ContactRequestEntity> {
    return manager.save(manager.create(ContactRequestEntity, values));
  }

  /** Changes a request only while it is still in one of `from`; false when it was closed meanwhile. */
  async transition(
    id: number,
    from: ContactRequestStatus[],
    values: Partial<ContactRequestEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ContactRequestEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The requester's own requests, newest first; page + count. */
  findPageForUser(params: { userId: number; status?: ContactRequestStatus; offset: number; limit: number }) {
    return this.em().findAndCount(ContactRequestEntity, {
      where: { userId: params.userId, ...(params.status ? { status: params.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** Requests to one provider organisation, newest first; page + count. */
  findPageForOrganization(params: {
    organizationId: number;
    status?: ContactRequestStatus;
    offset: number;
    limit: number;
  }) {
    return this.em().findAndCount(ContactRequestEntity, {
      where: { organizationId: params.organizationId, ...(params.status ? { status: params.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** Every request (staff), newest first; page + count. */
  findPage(params: { status?: ContactRequestStatus; offset: number; limit: number }) {
    return this.em().findAndCount(ContactRequestEntity, {
      where: params.status ? { status: params.status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** Everything a user sent (their data export). */
  findAllOfUser(userId: number): Promise<ContactRequestEntity[]> {
    return this.em().find(ContactRequestEntity, { where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(ContactRequestEntity, { userId });
  }

  findRequesterNames(ids: number[]): Promise<Array<Pick<UserEntity, 'id' | 'displayName'>>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(ids) } });
  }
}
