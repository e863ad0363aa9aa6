import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import type { BookingStatus, District, Industry } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import { PolicyEntity } from '../policy/policy.entity';
import { POLICY_SUMMARY_COLUMNS } from '../policy/policy.repository';
import { ParkEntity, VisitBookingEntity, VisitSlotEntity } from './park.entity';

/** Parks, their visit slots and the policies they link to; one method per query. */
@Injectable()
export class ParkRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Page + count, whatever the page size. */
  findPage(params: { district?: District; industry?: Industry; offset: number; limit: number }) {
    const qb = this.em().createQueryBuilder(ParkEntity, 'p');
    if (params.district) qb.andWhere('p.district = :district', { district: params.district });
    if (params.industry) qb.andWhere('p.industries LIKE :industry', { industry: `%,${params.industry},%` });
    return qb.orderBy('p.id', 'ASC').skip(params.offset).take(params.limit).getManyAndCount();
  }

  findById(id: number, manager?: EntityManager): Promise<ParkEntity | null> {
    return this.em(manager).findOne(ParkEntity, { where: { id } });
  }

  findByIds(ids: number[]): Promise<ParkEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(ParkEntity, { where: { id: In(ids) } });
  }

  insert(values: Partial<ParkEntity>, manager?: EntityManager): Promise<ParkEntity> {
    const em = this.em(manager);
    return em.save(em.create(ParkEntity, values));
  }

  async update(id: number, values: Partial<ParkEntity>, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(ParkEntity, { id }, values);
  }

  /** Slots starting after `now`, soonest first (full ones included, so a visitor sees them as full). */
  findUpcomingSlots(parkId: number, now: Date, limit: number): Promise<VisitSlotEntity[]> {
    return this.em()
      .createQueryBuilder(VisitSlotEntity, 's')
      .where('s.parkId = :parkId', { parkId })
      .andWhere('s.startsAt > :now', { now })
      .orderBy('s.startsAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(limit)
      .getMany();
  }

  findSlotById(id: number, manager?: EntityManager): Promise<VisitSlotEntity | null> {
    return this.em(manager).findOne(VisitSlotEntity, { where: { id } });
  }

  findSlotsByIds(ids: number[]): Promise<VisitSlotEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(VisitSlotEntity, { where: { id: In(ids) } });
  }

  insertSlot(values: Partial<VisitSlotEntity>, manager?: EntityManager): Promise<VisitSlotEntity> {
    const em = this.em(manager);
    return em.save(em.create(VisitSlotEntity, values));
  }

  /**
   * Takes `count` places in one conditional UPDATE, so two requests can never both take the last place: the
   * database checks the capacity and changes the row in the same statement. False when the places are not there.
   */
  async takePlaces(slotId: number, count: number, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(VisitSlotEntity)
      .set({ booked: () => 'booked + :count' })
      .where('id = :slotId', { slotId })
      .andWhere('booked + :count <= capacity', { count })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Gives places back (a cancelled or declined booking); never below zero. */
  async returnPlaces(slotId: number, count: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(VisitSlotEntity)
      .set({ booked: () => 'booked - :count' })
      .where('id = :slotId', { slotId })
      .andWhere('booked >= :count', { count })
      .execute();
  }

  /** The linked policies that are public today, in one statement. */
  findPublishedPolicies(ids: number[], today: string): Promise<PolicyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em()
      .createQueryBuilder(PolicyEntity, 'po')
      .select(POLICY_SUMMARY_COLUMNS.map((c) => `po.${c}`))
      .where('po.id IN (:...ids)', { ids })
      .andWhere('po.status = :status', { status: 'published' })
      .andWhere(new Brackets((b) => b.where('po.validTo IS NULL').orWhere('po.validTo >= :today', { today })))
      .getMany();
  }

  /** How many of these policy ids exist (any status): staff may link a policy before it is published. */
  countPolicies(ids: number[], manager?: EntityManager): Promise<number> {
    if (ids.length === 0) return Promise.resolve(0);
    return this.em(manager).count(PolicyEntity, { where: { id: In(ids) } });
  }
}

/** Visit bookings and the visitor names shown with them; one method per query. */
@Injectable()
export class VisitBookingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager): Promise<VisitBookingEntity | null> {
    return this.em(manager).findOne(VisitBookingEntity, { where: { id } });
  }

  findBySlotAndUser(slotId: number, userId: number, manager: EntityManager): Promise<VisitBookingEntity | null> {
    return manager.findOne(VisitBookingEntity, { where: { slotId, userId } });
  }

  insert(values: Partial<VisitBookingEntity>, manager: EntityManager): Promise<VisitBookingEntity> {
    return manager.save(manager.create(VisitBookingEntity, values));
  }

  /**
   * Moves a booking to a new state only if it is still in one of `from`; false when someone else changed it
   * first (so a cancel and a decline racing each other give the places back once).
   */
  async transition(
    id: number,
    from: BookingStatus[],
    values: Partial<VisitBookingEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(VisitBookingEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The visitor's own bookings, newest first; page + count. */
  findPageForUser(params: { userId: number; status?: BookingStatus; offset: number; limit: number }) {
    return this.em().findAndCount(VisitBookingEntity, {
      where: { userId: params.userId, ...(params.status ? { status: params.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** Every booking (staff), newest first; page + count. */
  findPage(params: { status?: BookingStatus; offset: number; limit: number }) {
    return this.em().findAndCount(VisitBookingEntity, {
      where: params.status ? { status: params.status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** Bookings of the parks an organisation operates, newest first; page + count. */
  findPageForOperator(params: { organizationId: number; status?: BookingStatus; offset: number; limit: number }) {
    const qb = this.em()
      .createQueryBuilder(VisitBookingEntity, 'b')
      .innerJoin(ParkEntity, 'p', 'p.id = b.parkId')
      .where('p.operatorOrganizationId = :organizationId', { organizationId: params.organizationId });
    if (params.status) qb.andWhere('b.status = :status', { status: params.status });
    // One park per booking, so plain OFFSET/LIMIT pages correctly.
    return qb
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  /** A user's bookings that still hold places (for account deletion). */
  /** Everything a user booked (their data export). */
  findAllOfUser(userId: number): Promise<VisitBookingEntity[]> {
    return this.em().find(VisitBookingEntity, { where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  findOpenOfUser(userId: number, manager: EntityManager): Promise<VisitBookingEntity[]> {
    return manager.find(VisitBookingEntity, { where: { userId, status: In(['pending', 'confirmed']) } });
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(VisitBookingEntity, { userId });
  }

  findUsersByIds(ids: number[]): Promise<Array<Pick<UserEntity, 'id' | 'displayName'>>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(ids) } });
  }
}
