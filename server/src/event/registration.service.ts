import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  attendeeSchema,
  checkInResultSchema,
  MyRegistration,
  myEventSchema,
  Page,
  RegistrationStatus,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { NotificationService } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import { newCheckInCode } from './check-in-code';
import type { EventEntity, EventRegistrationEntity } from './event.entity';
import { quotedEvent, registrationOpen, toEventSummary, toMyRegistration } from './event.mapper';
import { EVENT_MESSAGES as M } from './event.messages';
import { type AttendeeRow, EventRepository, RegistrationRepository } from './event.repository';

type Attendee = z.infer<typeof attendeeSchema>;
type CheckInResult = z.infer<typeof checkInResultSchema>;
type MyEvent = z.infer<typeof myEventSchema>;

const ENTITY_TYPE = 'event_registration';
/** Statuses that hold a place or wait for one. */
const ACTIVE: RegistrationStatus[] = ['registered', 'waitlisted'];
/** A fresh code collides with an existing one about once in 10^9 registrations; a few tries are plenty. */
const CODE_ATTEMPTS = 5;

/** True when a unique violation came from the check-in code's index (not from the one-registration-per-user index). */
function isCodeClash(err: unknown): boolean {
  const e = err as {
    message?: string;
    sqlMessage?: string;
    driverError?: { message?: string; sqlMessage?: string };
  } | null;
  const text = [e?.message, e?.sqlMessage, e?.driverError?.message, e?.driverError?.sqlMessage]
    .filter(Boolean)
    .join(' ');
  return text.includes('uq_event_registration_code') || text.includes('checkInCode');
}

/** Waitlist positions (1-based) by registration id, from the events' queues. */
function positionsOf(queues: Array<Pick<EventRegistrationEntity, 'id' | 'eventId'>>): Map<number, number> {
  const positions = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const row of queues) {
    const next = (counts.get(row.eventId) ?? 0) + 1;
    counts.set(row.eventId, next);
    positions.set(row.id, next);
  }
  return positions;
}

export function toAttendee(row: AttendeeRow, waitlistPosition: number | null): Attendee {
  return {
    registrationId: row.id,
    displayName: row.user?.displayName ?? '',
    role: row.user?.role ?? '',
    organizationName: row.organization?.name ?? null,
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? waitlistPosition : null,
    checkedInAt: row.checkedInAt ? row.checkedInAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Registrations: a signed-in user takes one of the event's places or, when they are gone, a place in its waitlist; a
 * cancellation gives the place to the head of the waitlist in the same transaction. Places are counted on the event
 * row by conditional UPDATEs only, so the counts and the rows agree under any concurrency.
 */
@Injectable()
export class RegistrationService implements OnModuleInit {
  constructor(
    private readonly events: EventRepository,
    private readonly registrations: RegistrationRepository,
    private readonly organizations: OrganizationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's registrations go; each place it held passes to the head of that event's waitlist.
    this.erasure.register('event-registrations', async (userId, em) => {
      const active = await this.registrations.findActiveOfUser(userId, em);
      // Events locked in id order, so two deletions at once never wait on each other in a circle.
      for (const reg of [...active].sort((a, b) => a.eventId - b.eventId)) {
        const event = await this.events.findByIdForUpdate(reg.eventId, em);
        if (!event) continue;
        if (
          !(await this.registrations.transition(
            reg.id,
            ACTIVE,
            { status: 'cancelled', cancelledAt: this.clock.now() },
            em,
          ))
        )
          continue;
        await this.giveUp(event, reg.status, em);
      }
      await this.registrations.deleteAllOfUser(userId, em);
    });
    this.erasure.registerExport('eventRegistrations', async (userId) => {
      const rows = await this.registrations.findAllOfUser(userId);
      const events = new Map(
        (await this.events.findByIds([...new Set(rows.map((r) => r.eventId))])).map((e) => [e.id, e]),
      );
      return rows.map((r) => ({
        eventId: r.eventId,
        event: events.get(r.eventId)?.title ?? `#${r.eventId}`,
        startsAt: (events.get(r.eventId)?.startsAt ?? r.createdAt).toISOString(),
        status: r.status,
        checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
        cancelledAt: r.cancelledAt ? r.cancelledAt.toISOString() : null,
        createdAt: r.createdAt.toISOString(),
      }));
    });
  }

  // ---- the user ----

  /**
   * Registers the caller: a place when one is left, else the waitlist. One transaction inserts (or revives) the
   * registration and counts it on the event with one conditional UPDATE.
   */
  async register(userId: number, eventId: number): Promise<MyRegistration> {
    const now = this.clock.now();
    const event = await this.events.findById(eventId);
    if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
    if (!registrationOpen(event, now))
      throw AppException.conflict('EVENT_REGISTRATION_CLOSED', `event ${eventId} is ${event.status}`);
    const organization = await this.organizations.findForMember(userId);
    const id = await this.dataSource.transaction(async (em) => {
      const earlier = await this.registrations.findByEventAndUser(eventId, userId, em);
      if (earlier && earlier.status !== 'cancelled')
        throw AppException.conflict('EVENT_ALREADY_REGISTERED', `registration ${earlier.id}`);
      // The place first: it locks the event row, so everything after it in this transaction runs one at a time per event.
      const placed = await this.events.takePlace(eventId, now, em);
      if (!placed && !(await this.events.joinWaitlist(eventId, now, em))) {
        throw AppException.conflict('EVENT_REGISTRATION_CLOSED', `event ${eventId} closed meanwhile`);
      }
      const values: Partial<EventRegistrationEntity> = {
        status: placed ? 'registered' : 'waitlisted',
        organizationId: organization?.id ?? null,
        checkedInAt: null,
        checkedInBy: null,
        promotedAt: null,
        cancelledAt: null,
        // The waitlist is first come, first served: a comeback queues from now.
        createdAt: now,
      };
      let registrationId: number;
      if (earlier) {
        // Registering again after a cancellation revives the same row (one per user and event), code and all.
        if (!(await this.registrations.transition(earlier.id, ['cancelled'], values, em))) {
          throw AppException.conflict('EVENT_ALREADY_REGISTERED', `registration ${earlier.id} revived meanwhile`);
        }
        registrationId = earlier.id;
      } else {
        registrationId = await this.insertWithFreshCode({ ...values, eventId, userId }, em);
      }
      await this.audit.insert(
        {
          actorId: userId,
          action: 'event_registration.create',
          entityType: ENTITY_TYPE,
          entityId: registrationId,
          detail: { eventId, status: values.status, again: Boolean(earlier) },
        },
        em,
      );
      return registrationId;
    });
    return this.myRegistration(id);
  }

  /** Inserts with a new random code, drawing another when it clashes with an existing one (the demo seed's too). */
  async insertWithFreshCode(values: Partial<EventRegistrationEntity>, em: EntityManager): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await this.registrations.insert({ ...values, checkInCode: newCheckInCode() }, em)).id;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (!isCodeClash(err)) throw AppException.conflict('EVENT_ALREADY_REGISTERED', `event ${values.eventId} raced`);
        if (attempt >= CODE_ATTEMPTS) throw err;
      }
    }
  }

  /** Cancels the caller's registration before the event starts; a place it held goes to the head of the waitlist. */
  async cancel(userId: number, eventId: number): Promise<MyRegistration> {
    const now = this.clock.now();
    const cancelled = await this.dataSource.transaction(async (em) => {
      const event = await this.events.findByIdForUpdate(eventId, em);
      if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
      const reg = await this.registrations.findByEventAndUser(eventId, userId, em);
      if (!reg || !ACTIVE.includes(reg.status))
        throw AppException.notFound('EVENT_REGISTRATION_NOT_FOUND', `event ${eventId} user ${userId}`);
      if (now.getTime() >= event.startsAt.getTime())
        throw AppException.conflict('EVENT_REGISTRATION_CLOSED', `event ${eventId} started`);
      if (!(await this.registrations.transition(reg.id, ACTIVE, { status: 'cancelled', cancelledAt: now }, em))) {
        throw AppException.notFound('EVENT_REGISTRATION_NOT_FOUND', `registration ${reg.id} changed meanwhile`);
      }
      const promoted = await this.giveUp(event, reg.status, em);
      await this.audit.insert(
        {
          actorId: userId,
          action: 'event_registration.cancel',
          entityType: ENTITY_TYPE,
          entityId: reg.id,
          detail: { eventId, from: reg.status, promoted },
        },
        em,
      );
      return { ...reg, status: 'cancelled', cancelledAt: now } as EventRegistrationEntity;
    });
    return toMyRegistration(cancelled, null);
  }

  /** The counts after a registration left `from`: a place freed passes on, a waitlist place just goes. */
  private async giveUp(event: EventEntity, from: RegistrationStatus, em: EntityManager): Promise<number[]> {
    if (from === 'waitlisted') {
      await this.events.leaveWaitlist(event.id, em);
      return [];
    }
    await this.events.releasePlace(event.id, em);
    return this.promote(event, em, 1);
  }

  /**
   * Gives free places to the head of the waitlist, at most `max`, while the event is published and has not started;
   * each promoted person is told. Call it with the event row locked (findByIdForUpdate or a conditional UPDATE on it).
   * Returns the registrations promoted.
   */
  async promote(
    event: Pick<EventEntity, 'id' | 'title' | 'titleEn' | 'status' | 'startsAt'>,
    em: EntityManager,
    max = Number.POSITIVE_INFINITY,
  ): Promise<number[]> {
    const now = this.clock.now();
    if (event.status !== 'published' || now.getTime() >= event.startsAt.getTime()) return [];
    const promoted: number[] = [];
    while (promoted.length < max) {
      const next = await this.registrations.findFirstWaitlisted(event.id, em);
      if (!next) break;
      if (!(await this.events.promoteOne(event.id, em))) break;
      if (
        !(await this.registrations.transition(next.id, ['waitlisted'], { status: 'registered', promotedAt: now }, em))
      ) {
        // Cannot happen while the event row is locked; refuse rather than let the counts drift.
        throw AppException.conflict('EVENT_INVALID_TRANSITION', `registration ${next.id} left the waitlist meanwhile`);
      }
      const title = quotedEvent(event);
      await this.notifications.notify(
        next.userId,
        {
          kind: 'event_registration',
          title: M.placeFromWaitlistTitle,
          body: M.placeFromWaitlistBody(title),
          link: { page: 'eventDetail', id: event.id },
        },
        em,
      );
      promoted.push(next.id);
    }
    return promoted;
  }

  /** The caller's registration for an event (null when they never registered), with its waitlist position. */
  async findMine(eventId: number, userId: number): Promise<MyRegistration | null> {
    const reg = await this.registrations.findByEventAndUser(eventId, userId);
    return reg ? this.present(reg) : null;
  }

  private async myRegistration(id: number): Promise<MyRegistration> {
    const reg = await this.registrations.findById(id);
    if (!reg) throw AppException.notFound('EVENT_REGISTRATION_NOT_FOUND', `registration ${id}`);
    return this.present(reg);
  }

  private async present(reg: EventRegistrationEntity): Promise<MyRegistration> {
    if (reg.status !== 'waitlisted') return toMyRegistration(reg, null);
    const positions = positionsOf(await this.registrations.findWaitlistQueues([reg.eventId]));
    return toMyRegistration(reg, positions.get(reg.id) ?? null);
  }

  /** The caller's events (registered or waitlisted), upcoming soonest first or past latest first. */
  async listMine(
    userId: number,
    query: { when: 'upcoming' | 'past'; page: number; pageSize: number },
  ): Promise<Page<MyEvent>> {
    const now = this.clock.now();
    const [rows, total] = await this.registrations.findMinePage({ userId, when: query.when, now, ...window(query) });
    const waiting = [...new Set(rows.filter((r) => r.status === 'waitlisted').map((r) => r.eventId))];
    const positions = positionsOf(await this.registrations.findWaitlistQueues(waiting));
    return pageOf(
      rows.map((r) => ({
        event: toEventSummary(r.event, now),
        registration: toMyRegistration(r, positions.get(r.id) ?? null),
      })),
      total,
      query,
    );
  }

  // ---- staff ----

  async listAttendees(
    eventId: number,
    query: { status?: RegistrationStatus; page: number; pageSize: number },
  ): Promise<Page<Attendee>> {
    await this.requireEvent(eventId);
    const [rows, total] = await this.registrations.findAttendeePage({
      eventId,
      status: query.status,
      ...window(query),
    });
    const positions = rows.some((r) => r.status === 'waitlisted')
      ? positionsOf(await this.registrations.findWaitlistQueues([eventId]))
      : new Map<number, number>();
    return pageOf(
      rows.map((r) => toAttendee(r, positions.get(r.id) ?? null)),
      total,
      query,
    );
  }

  /**
   * The door: a code of this event's registered attendee checks them in (once; a second scan says so). Codes of
   * other events or unknown ones are invalid here; waitlisted and cancelled registrations do not get in.
   */
  async checkIn(staffId: number, eventId: number, code: string): Promise<CheckInResult> {
    const now = this.clock.now();
    const event = await this.requireEvent(eventId);
    if (event.status === 'cancelled')
      throw AppException.conflict('EVENT_INVALID_TRANSITION', `event ${eventId} cancelled`);
    const outcome = await this.dataSource.transaction(async (em) => {
      const reg = await this.registrations.findByCode(code, em);
      if (!reg || reg.eventId !== eventId) throw AppException.notFound('CHECK_IN_CODE_INVALID', `event ${eventId}`);
      if (reg.status !== 'registered')
        throw AppException.conflict('CHECK_IN_NOT_REGISTERED', `registration ${reg.id} is ${reg.status}`);
      if (reg.checkedInAt) return { id: reg.id, alreadyCheckedIn: true };
      if (!(await this.registrations.checkIn(reg.id, now, staffId, em))) {
        // Two scanners at once: the other one recorded it.
        const current = await this.registrations.findById(reg.id, em);
        if (current?.checkedInAt) return { id: reg.id, alreadyCheckedIn: true };
        throw AppException.conflict('CHECK_IN_NOT_REGISTERED', `registration ${reg.id} changed meanwhile`);
      }
      await this.audit.insert(
        { actorId: staffId, action: 'event.check_in', entityType: ENTITY_TYPE, entityId: reg.id, detail: { eventId } },
        em,
      );
      return { id: reg.id, alreadyCheckedIn: false };
    });
    const row = await this.registrations.findAttendee(outcome.id);
    if (!row) throw AppException.notFound('CHECK_IN_CODE_INVALID', `registration ${outcome.id} gone`);
    return { attendee: toAttendee(row, null), alreadyCheckedIn: outcome.alreadyCheckedIn };
  }

  /** Everyone holding a place or waiting for one (told when the event changes or is cancelled). */
  findActiveUserIds(eventId: number, em: EntityManager): Promise<number[]> {
    return this.registrations.findActiveUserIds(eventId, em);
  }

  private async requireEvent(eventId: number): Promise<EventEntity> {
    const event = await this.events.findById(eventId);
    if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
    return event;
  }
}
