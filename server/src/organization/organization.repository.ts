import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganizationStatus } from '@ihaigui/shared';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager) {
    return this.em(manager).findOne(OrganizationEntity, { where: { id } });
  }

  findByUscc(uscc: string, manager?: EntityManager) {
    return this.em(manager).findOne(OrganizationEntity, { where: { uscc } });
  }

  /** The organisation a user belongs to, in one statement. */
  findForMember(userId: number, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return this.em(manager)
      .createQueryBuilder(OrganizationEntity, 'o')
      .innerJoin(OrganizationMemberEntity, 'm', 'm.organizationId = o.id')
      .where('m.userId = :userId', { userId })
      .getOne();
  }

  findMembership(userId: number, manager?: EntityManager) {
    return this.em(manager).findOne(OrganizationMemberEntity, { where: { userId } });
  }

  async findMemberIds(organizationId: number, manager?: EntityManager): Promise<number[]> {
    const rows = await this.em(manager).find(OrganizationMemberEntity, {
      select: { userId: true },
      where: { organizationId },
    });
    return rows.map((r) => r.userId);
  }

  findPageByStatus(status: OrganizationStatus, { offset, limit }: { offset: number; limit: number }) {
    return this.em().findAndCount(OrganizationEntity, {
      where: { status },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  insert(values: Partial<OrganizationEntity>, manager?: EntityManager) {
    const em = this.em(manager);
    return em.save(em.create(OrganizationEntity, values));
  }

  async insertMember(
    values: Pick<OrganizationMemberEntity, 'organizationId' | 'userId' | 'memberRole'>,
    manager?: EntityManager,
  ) {
    const em = this.em(manager);
    await em.save(em.create(OrganizationMemberEntity, values));
  }

  async update(id: number, values: Partial<OrganizationEntity>, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(OrganizationEntity, { id }, values);
  }

  async deleteMembershipsOfUser(userId: number, manager?: EntityManager): Promise<void> {
    await this.em(manager).delete(OrganizationMemberEntity, { userId });
  }
}
