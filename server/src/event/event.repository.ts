import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  In,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type SelectQueryBuilder,
} from 'typeorm';
import type { EventKind, EventStatus, RegistrationStatus } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { EventEntity, EventRegistrationEntity } from './event.entity';

/** Columns of a list card: everything but the long texts. */
export const EVENT_SUMMARY_COLUMNS = [
  'id',
  'title',
  'titleEn',
  'kind',
  'status',
  'startsAt',
  'endsAt',
  'place',
  'placeEn',
  'onlineUrl',
  'capacity',
  'registeredCount',
  'waitlistCount',
  'registrationDeadline',
] as const;

export type When = 'upcoming' | 'past';

/** The conditions under which registration is open, for a conditional UPDATE of the event row. */
function openForNewcomers(now: Date): Array<[string, ObjectLiteral]> {
  return [
    ['status = :published', { published: 'published' }],
    ['registrationDeadline > :now', { now }],
  ];
}

/** A registration with the account and organisation names staff see on the attendee list. */
export type AttendeeRow = EventRegistrationEntity & {
  user: { id: number; displayName: string; role: string } | null;
  organization: { id: number; name: string } | null;
};
export type MyEventRow = EventRegistrationEntity & { event: EventEntity };

/**
 * MySQL/MariaDB: a locking read, so it sees (and holds) the latest committed rows whatever snapshot the transaction
 * started with. SQLite runs one writer at a time, so a plain read is already current there.
 */
function forUpdate<T extends object>(qb: SelectQueryBuilder<T>, manager: EntityManager): SelectQueryBuilder<T> {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb' ? qb.setLock('pessimistic_write') : qb;
}

/** Events and their place counters; one method per query. */
@Injectable()
export class EventRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager): Promise<EventEntity | null> {
    return this.em(manager).findOne(EventEntity, { where: { id } });
  }

  /**
   * The event row, locked until the transaction ends (MySQL/MariaDB). Run first in a transaction that moves places
   * between registrations, so every later read in it sees what earlier transactions committed.
   */
  findByIdForUpdate(id: number, manager: EntityManager): Promise<EventEntity | null> {
    return forUpdate(manager.createQueryBuilder(EventEntity, 'e').where('e.id = :id', { id }), manager).getOne();
  }

  findByIds(ids: number[]): Promise<EventEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em().find(EventEntity, { where: { id: In(ids) } });
  }

  /**
   * Published events: upcoming (not yet ended) soonest first, or past (ended) latest first; page + count.
   */
  findPublicPage(params: { kind?: EventKind; when: When; now: Date; offset: number; limit: number }) {
    const qb = this.em()
      .createQueryBuilder(EventEntity, 'e')
      .select(EVENT_SUMMARY_COLUMNS.map((c) => `e.${c}`))
      .where('e.status = :status', { status: 'published' });
    if (params.kind) qb.andWhere('e.kind = :kind', { kind: params.kind });
    if (params.when === 'upcoming')
      qb.andWhere('e.endsAt > :now', { now: params.now }).orderBy('e.startsAt', 'ASC').addOrderBy('e.id', 'ASC');
    else qb.andWhere('e.endsAt <= :now', { now: params.now }).orderBy('e.startsAt', 'DESC').addOrderBy('e.id', 'DESC');
    return qb.offset(params.offset).limit(params.limit).getManyAndCount();
  }

  /** Every event (staff), latest start first; page + count. */
  findStaffPage(params: { status?: EventStatus; offset: number; limit: number }) {
    const qb = this.em()
      .createQueryBuilder(EventEntity, 'e')
      .select(EVENT_SUMMARY_COLUMNS.map((c) => `e.${c}`));
    if (params.status) qb.where('e.status = :status', { status: params.status });
    return qb
      .orderBy('e.startsAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
  }

  insert(values: Partial<EventEntity>, manager: EntityManager): Promise<EventEntity> {
    return manager.save(manager.create(EventEntity, values));
  }

  async update(id: number, values: Partial<EventEntity>, manager: EntityManager): Promise<void> {
    await manager.update(EventEntity, { id }, values);
  }

  /**
   * One UPDATE of the event row that applies only while every condition holds (the database checks and writes in the
   * same statement); false when it did not apply.
   */
  private async updateIf(
    id: number,
    values: QueryDeepPartialEntity<EventEntity>,
    conditions: Array<[string, ObjectLiteral?]>,
    manager: EntityManager,
  ): Promise<boolean> {
    const qb = manager.createQueryBuilder().update(EventEntity).set(values).where('id = :id', { id });
    for (const [condition, parameters] of conditions) qb.andWhere(condition, parameters);
    const result = await qb.execute();
    return (result.affected ?? 0) === 1;
  }

  /** Moves an event to new values only while it is still in one of `from`; false when someone changed it first. */
  transition(id: number, from: EventStatus[], values: Partial<EventEntity>, manager: EntityManager): Promise<boolean> {
    return this.updateIf(id, values, [['status IN (:...from)', { from }]], manager);
  }

  /**
   * Takes one place for a new registration in ONE conditional UPDATE: the database checks the capacity, the state and
   * the deadline and counts the place in the same statement, so parallel requests can never overfill the event.
   */
  takePlace(id: number, now: Date, manager: EntityManager): Promise<boolean> {
    return this.updateIf(
      id,
      { registeredCount: () => 'registeredCount + 1' },
      [['registeredCount < capacity'], ...openForNewcomers(now)],
      manager,
    );
  }

  /** One more on the waitlist, under the same conditions as a place (false once registration closed). */
  joinWaitlist(id: number, now: Date, manager: EntityManager): Promise<boolean> {
    return this.updateIf(id, { waitlistCount: () => 'waitlistCount + 1' }, openForNewcomers(now), manager);
  }

  /** A place for a waitlisted registration: only the capacity counts (the deadline is for newcomers). */
  promoteOne(id: number, manager: EntityManager): Promise<boolean> {
    return this.updateIf(
      id,
      { registeredCount: () => 'registeredCount + 1', waitlistCount: () => 'waitlistCount - 1' },
      [['registeredCount < capacity'], ['waitlistCount > 0']],
      manager,
    );
  }

  /** A place for demo data: only the capacity counts (the seed also fills events that have already taken place). */
  takeDemoPlace(id: number, manager: EntityManager): Promise<boolean> {
    return this.updateIf(
      id,
      { registeredCount: () => 'registeredCount + 1' },
      [['registeredCount < capacity']],
      manager,
    );
  }

  /** A place given back; never below zero. */
  async releasePlace(id: number, manager: EntityManager): Promise<void> {
    await this.updateIf(id, { registeredCount: () => 'registeredCount - 1' }, [['registeredCount > 0']], manager);
  }

  /** One fewer on the waitlist; never below zero. */
  async leaveWaitlist(id: number, manager: EntityManager): Promise<void> {
    await this.updateIf(id, { waitlistCount: () => 'waitlistCount - 1' }, [['waitlistCount > 0']], manager);
  }

  /** A new capacity, only if it still holds everyone registered; false when it would not. */
  setCapacity(id: number, capacity: number, manager: EntityManager): Promise<boolean> {
    return this.updateIf(id, { capacity }, [['registeredCount <= :capacity', { capacity }]], manager);
  }
}

/** Registrations, their check-in codes and the attendee lists; one method per query. */
@Injectable()
export class RegistrationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager): Promise<EventRegistrationEntity | null> {
    return this.em(manager).findOne(EventRegistrationEntity, { where: { id } });
  }

  findByEventAndUser(
    eventId: number,
    userId: number,
    manager?: EntityManager,
  ): Promise<EventRegistrationEntity | null> {
    return this.em(manager).findOne(EventRegistrationEntity, { where: { eventId, userId } });
  }

  findByCode(checkInCode: string, manager?: EntityManager): Promise<EventRegistrationEntity | null> {
    return this.em(manager).findOne(EventRegistrationEntity, { where: { checkInCode } });
  }

  /** A plain INSERT (no savepoint around it), so a clash of codes can simply be tried again in the same transaction. */
  async insert(values: Partial<EventRegistrationEntity>, manager: EntityManager): Promise<{ id: number }> {
    const result = await manager.insert(EventRegistrationEntity, values);
    return { id: Number(result.identifiers[0]?.id) };
  }

  /** Moves a registration only while it is still in one of `from`; false when someone else changed it first. */
  async transition(
    id: number,
    from: RegistrationStatus[],
    values: Partial<EventRegistrationEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(EventRegistrationEntity)
      .set(values)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Records the check-in once: false when the registration was checked in meanwhile or is no longer registered. */
  async checkIn(id: number, at: Date, by: number, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(EventRegistrationEntity)
      .set({ checkedInAt: at, checkedInBy: by })
      .where('id = :id', { id })
      .andWhere('checkedInAt IS NULL')
      .andWhere('status = :status', { status: 'registered' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The head of an event's waitlist (first come, first served), locked for the promotion. */
  findFirstWaitlisted(eventId: number, manager: EntityManager): Promise<EventRegistrationEntity | null> {
    const qb = manager
      .createQueryBuilder(EventRegistrationEntity, 'r')
      .where('r.eventId = :eventId', { eventId })
      .andWhere('r.status = :status', { status: 'waitlisted' })
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(1);
    return forUpdate(qb, manager).getOne();
  }

  /** The waitlists of these events in queue order (ids only): a registration's position is its index + 1. */
  findWaitlistQueues(eventIds: number[]): Promise<Array<Pick<EventRegistrationEntity, 'id' | 'eventId'>>> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.em()
      .createQueryBuilder(EventRegistrationEntity, 'r')
      .select(['r.id', 'r.eventId'])
      .where('r.eventId IN (:...eventIds)', { eventIds })
      .andWhere('r.status = :status', { status: 'waitlisted' })
      .orderBy('r.eventId', 'ASC')
      .addOrderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  private attendees(manager?: EntityManager): SelectQueryBuilder<EventRegistrationEntity> {
    return this.em(manager)
      .createQueryBuilder(EventRegistrationEntity, 'r')
      .leftJoinAndMapOne('r.user', UserEntity, 'u', 'u.id = r.userId')
      .leftJoinAndMapOne('r.organization', OrganizationEntity, 'o', 'o.id = r.organizationId')
      .select(['r', 'u.id', 'u.displayName', 'u.role', 'o.id', 'o.name']);
  }

  /** An event's registrations in the order they came, with names; page + count. */
  findAttendeePage(params: { eventId: number; status?: RegistrationStatus; offset: number; limit: number }) {
    const qb = this.attendees().where('r.eventId = :eventId', { eventId: params.eventId });
    if (params.status) qb.andWhere('r.status = :status', { status: params.status });
    return qb
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount() as Promise<[AttendeeRow[], number]>;
  }

  findAttendee(id: number, manager?: EntityManager): Promise<AttendeeRow | null> {
    return this.attendees(manager).where('r.id = :id', { id }).getOne() as Promise<AttendeeRow | null>;
  }

  /** A user's registrations that are not cancelled, with their events: upcoming soonest first, past latest first. */
  findMinePage(params: { userId: number; when: 'upcoming' | 'past'; now: Date; offset: number; limit: number }) {
    const qb = this.em()
      .createQueryBuilder(EventRegistrationEntity, 'r')
      .innerJoinAndMapOne('r.event', EventEntity, 'e', 'e.id = r.eventId')
      .select(['r', ...EVENT_SUMMARY_COLUMNS.map((c) => `e.${c}`)])
      .where('r.userId = :userId', { userId: params.userId })
      .andWhere('r.status != :cancelled', { cancelled: 'cancelled' });
    if (params.when === 'upcoming')
      qb.andWhere('e.endsAt > :now', { now: params.now }).orderBy('e.startsAt', 'ASC').addOrderBy('e.id', 'ASC');
    else qb.andWhere('e.endsAt <= :now', { now: params.now }).orderBy('e.startsAt', 'DESC').addOrderBy('e.id', 'DESC');
    return qb.offset(params.offset).limit(params.limit).getManyAndCount() as Promise<[MyEventRow[], number]>;
  }

  /** Who holds a place or waits for one (the people told when the event is cancelled). */
  async findActiveUserIds(eventId: number, manager: EntityManager): Promise<number[]> {
    const rows = await manager.find(EventRegistrationEntity, {
      select: { userId: true },
      where: { eventId, status: In(['registered', 'waitlisted']) },
    });
    return rows.map((r) => r.userId);
  }

  /** A user's registrations that hold a place or wait for one (account deletion). */
  findActiveOfUser(userId: number, manager: EntityManager): Promise<EventRegistrationEntity[]> {
    return manager.find(EventRegistrationEntity, {
      where: { userId, status: In(['registered', 'waitlisted']) },
      order: { id: 'ASC' },
    });
  }

  /** Everything a user registered for (their data export), newest first. */
  findAllOfUser(userId: number): Promise<EventRegistrationEntity[]> {
    return this.em().find(EventRegistrationEntity, { where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(EventRegistrationEntity, { userId });
  }
}
