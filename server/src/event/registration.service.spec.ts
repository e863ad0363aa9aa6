import { CHECK_IN_CODE_PATTERN, type RegistrationStatus } from '@ihaigui/shared';
import type { DataSource } from 'typeorm';
import {
  FakeAudit,
  FakeClock,
  fakeDataSource,
  fakeEm,
  FakeNotifications,
  rejection,
} from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import type { OrganizationService } from '../organization/organization.service';
import type { EventEntity, EventRegistrationEntity } from './event.entity';
import type { AttendeeRow, EventRepository, RegistrationRepository } from './event.repository';
import { RegistrationService } from './registration.service';

const EVENT = 50;
const OTHER_EVENT = 51;
const STAFF = 1;
const NOW = new Date('2025-06-02T08:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

// ---- test data ----

function event(overrides: Partial<EventEntity> = {}): EventEntity {
  return {
    id: EVENT,
    title: '海归人才招聘会',
    titleEn: 'Returnee job fair',
    kind: 'fair',
    status: 'published',
    startsAt: new Date('2025-06-10T01:00:00.000Z'),
    endsAt: new Date('2025-06-10T08:00:00.000Z'),
    capacity: 2,
    registeredCount: 0,
    waitlistCount: 0,
    registrationDeadline: new Date('2025-06-09T00:00:00.000Z'),
    ...overrides,
  } as EventEntity;
}

// ---- fakes ----

/** Event rows whose counters move only under the conditions the repository's conditional UPDATEs state. */
class FakeEvents {
  readonly rows = new Map<number, EventEntity>();

  constructor(...events: EventEntity[]) {
    for (const e of events) this.rows.set(e.id, e);
  }

  get(id: number): EventEntity {
    return this.rows.get(id)!;
  }

  async findById(id: number) {
    const e = this.rows.get(id);
    return e ? { ...e } : null;
  }

  findByIdForUpdate(id: number) {
    return this.findById(id);
  }

  private openForNewcomers(e: EventEntity, now: Date) {
    return e.status === 'published' && e.registrationDeadline.getTime() > now.getTime();
  }

  async takePlace(id: number, now: Date) {
    const e = this.get(id);
    if (e.registeredCount >= e.capacity || !this.openForNewcomers(e, now)) return false;
    e.registeredCount += 1;
    return true;
  }

  async joinWaitlist(id: number, now: Date) {
    const e = this.get(id);
    if (!this.openForNewcomers(e, now)) return false;
    e.waitlistCount += 1;
    return true;
  }

  async promoteOne(id: number) {
    const e = this.get(id);
    if (e.registeredCount >= e.capacity || e.waitlistCount <= 0) return false;
    e.registeredCount += 1;
    e.waitlistCount -= 1;
    return true;
  }

  async releasePlace(id: number) {
    const e = this.get(id);
    if (e.registeredCount > 0) e.registeredCount -= 1;
  }

  async leaveWaitlist(id: number) {
    const e = this.get(id);
    if (e.waitlistCount > 0) e.waitlistCount -= 1;
  }
}

const duplicateKey = (key: string) =>
  Object.assign(new Error(`Duplicate entry for key '${key}'`), { code: 'ER_DUP_ENTRY', errno: 1062 });

/** Registrations in memory with both unique keys (one per user and event; one per check-in code). */
class FakeRegistrations {
  readonly rows = new Map<number, EventRegistrationEntity>();
  private nextId = 900;
  /** How many of the next inserts meet a check-in code that is already taken. */
  codeClashes = 0;

  add(overrides: Partial<EventRegistrationEntity> & { userId: number }): EventRegistrationEntity {
    const id = this.nextId++;
    const row = {
      id,
      eventId: EVENT,
      organizationId: null,
      status: 'registered',
      checkInCode: `CODE${id}`.slice(0, 8),
      checkedInAt: null,
      checkedInBy: null,
      promotedAt: null,
      cancelledAt: null,
      createdAt: minutesAgo(60),
      updatedAt: minutesAgo(60),
      ...overrides,
    } as EventRegistrationEntity;
    this.rows.set(id, row);
    return row;
  }

  /** Waiting people, each with a place in the event's counters. */
  waiting(events: FakeEvents, ...userIds: number[]): EventRegistrationEntity[] {
    return userIds.map((userId, i) => {
      events.get(EVENT).waitlistCount += 1;
      return this.add({ userId, status: 'waitlisted', createdAt: minutesAgo(50 - i) });
    });
  }

  statusOf(id: number): RegistrationStatus | undefined {
    return this.rows.get(id)?.status;
  }

  private copy(row: EventRegistrationEntity | undefined) {
    return row ? { ...row } : null;
  }

  async findById(id: number) {
    return this.copy(this.rows.get(id));
  }

  async findByEventAndUser(eventId: number, userId: number) {
    return this.copy([...this.rows.values()].find((r) => r.eventId === eventId && r.userId === userId));
  }

  async findByCode(code: string) {
    return this.copy([...this.rows.values()].find((r) => r.checkInCode === code));
  }

  async insert(values: Partial<EventRegistrationEntity>) {
    if (this.codeClashes > 0) {
      this.codeClashes -= 1;
      throw duplicateKey('uq_event_registration_code');
    }
    if ([...this.rows.values()].some((r) => r.eventId === values.eventId && r.userId === values.userId))
      throw duplicateKey('uq_event_registration');
    return { id: this.add(values as Partial<EventRegistrationEntity> & { userId: number }).id };
  }

  async transition(id: number, from: RegistrationStatus[], values: Partial<EventRegistrationEntity>) {
    const row = this.rows.get(id);
    if (!row || !from.includes(row.status)) return false;
    Object.assign(row, values);
    return true;
  }

  async checkIn(id: number, at: Date, by: number) {
    const row = this.rows.get(id);
    if (!row || row.checkedInAt || row.status !== 'registered') return false;
    Object.assign(row, { checkedInAt: at, checkedInBy: by });
    return true;
  }

  private queue(eventId: number) {
    return [...this.rows.values()]
      .filter((r) => r.eventId === eventId && r.status === 'waitlisted')
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  }

  async findFirstWaitlisted(eventId: number) {
    return this.copy(this.queue(eventId)[0]);
  }

  async findWaitlistQueues(eventIds: number[]) {
    return eventIds.flatMap((id) => this.queue(id)).map((r) => ({ id: r.id, eventId: r.eventId }));
  }

  async findAttendee(id: number): Promise<AttendeeRow | null> {
    const row = this.rows.get(id);
    return row
      ? { ...row, user: { id: row.userId, displayName: `用户${row.userId}`, role: 'talent' }, organization: null }
      : null;
  }
}

function setup(theEvent: EventEntity = event()) {
  const events = new FakeEvents(theEvent, event({ id: OTHER_EVENT }));
  const registrations = new FakeRegistrations();
  const notifications = new FakeNotifications();
  const audit = new FakeAudit();
  const organizations = { findForMember: async () => null };
  const service = new RegistrationService(
    events as unknown as EventRepository,
    registrations as unknown as RegistrationRepository,
    organizations as unknown as OrganizationService,
    notifications as unknown as NotificationService,
    audit as unknown as AuditService,
    {} as AccountErasure,
    fakeDataSource() as DataSource,
    new FakeClock(NOW),
  );
  return { service, events, registrations, notifications, audit };
}

// ---- registering ----

describe('RegistrationService.register', () => {
  it('gives a place while there is one, with a check-in code, and counts it on the event', async () => {
    const { service, events, audit } = setup();

    const mine = await service.register(20, EVENT);

    expect(mine).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(mine.checkInCode).toMatch(CHECK_IN_CODE_PATTERN);
    expect(events.get(EVENT)).toMatchObject({ registeredCount: 1, waitlistCount: 0 });
    expect(audit.entries).toMatchObject([
      { actorId: 20, action: 'event_registration.create', detail: { status: 'registered', again: false } },
    ]);
  });

  it('puts latecomers on the waitlist in the order they came, without a check-in code', async () => {
    const { service, events } = setup(event({ capacity: 1 }));
    await service.register(20, EVENT);

    const first = await service.register(21, EVENT);
    const second = await service.register(22, EVENT);

    expect(first).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, checkInCode: null });
    expect(second).toMatchObject({ status: 'waitlisted', waitlistPosition: 2, checkInCode: null });
    expect(events.get(EVENT)).toMatchObject({ registeredCount: 1, waitlistCount: 2 });
  });

  it('refuses a second registration of the same user', async () => {
    const { service, events } = setup();
    await service.register(20, EVENT);

    expect(await rejection(service.register(20, EVENT))).toEqual({ code: 'EVENT_ALREADY_REGISTERED', status: 409 });
    expect(events.get(EVENT).registeredCount).toBe(1);
  });

  it('is closed after the deadline and for an event not published', async () => {
    const late = setup(event({ registrationDeadline: NOW }));
    expect(await rejection(late.service.register(20, EVENT))).toEqual({
      code: 'EVENT_REGISTRATION_CLOSED',
      status: 409,
    });

    const draft = setup(event({ status: 'draft' }));
    expect(await rejection(draft.service.register(20, EVENT))).toEqual({
      code: 'EVENT_REGISTRATION_CLOSED',
      status: 409,
    });
    expect(draft.registrations.rows.size).toBe(0);
  });

  it('revives a cancelled registration with its code, queued from now', async () => {
    const { service, registrations } = setup();
    const old = registrations.add({ userId: 20, status: 'cancelled', cancelledAt: minutesAgo(10) });

    const mine = await service.register(20, EVENT);

    expect(mine).toMatchObject({ id: old.id, status: 'registered', checkInCode: old.checkInCode });
    expect(registrations.rows.get(old.id)).toMatchObject({ cancelledAt: null, createdAt: NOW });
    expect(registrations.rows.size).toBe(1);
  });

  it('draws another check-in code when the first one is already taken', async () => {
    const { service, registrations } = setup();
    registrations.codeClashes = 2;

    const mine = await service.register(20, EVENT);

    expect(mine.status).toBe('registered');
    expect(registrations.codeClashes).toBe(0);
  });
});

// ---- cancelling and moving up ----

describe('RegistrationService.cancel', () => {
  it('gives a freed place to the head of the waitlist and tells them', async () => {
    const { service, events, registrations, notifications, audit } = setup(event({ capacity: 1, registeredCount: 1 }));
    const holder = registrations.add({ userId: 20 });
    const [head, next] = registrations.waiting(events, 21, 22);

    const cancelled = await service.cancel(20, EVENT);

    expect(cancelled.status).toBe('cancelled');
    expect(registrations.statusOf(holder.id)).toBe('cancelled');
    expect(registrations.rows.get(head!.id)).toMatchObject({ status: 'registered', promotedAt: NOW });
    expect(registrations.statusOf(next!.id)).toBe('waitlisted');
    expect(events.get(EVENT)).toMatchObject({ registeredCount: 1, waitlistCount: 1 });
    expect(notifications.sent).toMatchObject([
      { to: { userId: 21 }, message: { kind: 'event_registration', link: { page: 'eventDetail', id: EVENT } } },
    ]);
    expect(audit.entries).toMatchObject([
      { action: 'event_registration.cancel', detail: { from: 'registered', promoted: [head!.id] } },
    ]);
  });

  it('lets a waitlisted registration just leave the queue, promoting no one', async () => {
    const { service, events, registrations, notifications } = setup(event({ capacity: 1, registeredCount: 1 }));
    registrations.add({ userId: 20 });
    const [head, next] = registrations.waiting(events, 21, 22);

    await service.cancel(21, EVENT);

    expect(registrations.statusOf(head!.id)).toBe('cancelled');
    expect(registrations.statusOf(next!.id)).toBe('waitlisted');
    expect(events.get(EVENT)).toMatchObject({ registeredCount: 1, waitlistCount: 1 });
    expect(notifications.sent).toEqual([]);
    expect(await service.findMine(EVENT, 22)).toMatchObject({ waitlistPosition: 1 });
  });

  it('cannot cancel once the event has started, nor without a registration', async () => {
    const started = setup(event({ startsAt: minutesAgo(5), registeredCount: 1 }));
    started.registrations.add({ userId: 20 });
    expect(await rejection(started.service.cancel(20, EVENT))).toEqual({
      code: 'EVENT_REGISTRATION_CLOSED',
      status: 409,
    });
    expect(started.events.get(EVENT).registeredCount).toBe(1);

    const { service } = setup();
    expect(await rejection(service.cancel(20, EVENT))).toEqual({ code: 'EVENT_REGISTRATION_NOT_FOUND', status: 404 });
  });

  it('promotes as many as there are free places, first come first served, and none once the event is cancelled', async () => {
    const { service, events, registrations } = setup(event({ capacity: 3, registeredCount: 1 }));
    const [a, b, c] = registrations.waiting(events, 21, 22, 23);

    expect(await service.promote({ ...events.get(EVENT), status: 'cancelled' }, fakeEm)).toEqual([]);
    expect(await service.promote(events.get(EVENT), fakeEm)).toEqual([a!.id, b!.id]);
    expect(registrations.statusOf(c!.id)).toBe('waitlisted');
    expect(events.get(EVENT)).toMatchObject({ registeredCount: 3, waitlistCount: 1 });
  });
});

// ---- the door ----

describe('RegistrationService.checkIn', () => {
  it('checks a registered attendee in once; a second scan says so and is not recorded again', async () => {
    const { service, registrations, audit } = setup();
    const reg = registrations.add({ userId: 20, checkInCode: 'ABCD2345' });

    const first = await service.checkIn(STAFF, EVENT, 'ABCD2345');
    const second = await service.checkIn(STAFF, EVENT, 'ABCD2345');

    expect(first).toMatchObject({ alreadyCheckedIn: false, attendee: { registrationId: reg.id } });
    expect(second.alreadyCheckedIn).toBe(true);
    expect(registrations.rows.get(reg.id)).toMatchObject({ checkedInAt: NOW, checkedInBy: STAFF });
    expect(audit.entries).toMatchObject([{ actorId: STAFF, action: 'event.check_in', entityId: reg.id }]);
  });

  it("refuses another event's code, and lets no waitlisted or cancelled registration in", async () => {
    const { service, registrations } = setup();
    registrations.add({ userId: 20, eventId: OTHER_EVENT, checkInCode: 'OTHER234' });
    registrations.add({ userId: 21, status: 'waitlisted', checkInCode: 'WAIT2345' });
    registrations.add({ userId: 22, status: 'cancelled', checkInCode: 'GONE2345' });

    expect(await rejection(service.checkIn(STAFF, EVENT, 'OTHER234'))).toEqual({
      code: 'CHECK_IN_CODE_INVALID',
      status: 404,
    });
    expect(await rejection(service.checkIn(STAFF, EVENT, 'WAIT2345'))).toEqual({
      code: 'CHECK_IN_NOT_REGISTERED',
      status: 409,
    });
    expect(await rejection(service.checkIn(STAFF, EVENT, 'GONE2345'))).toEqual({
      code: 'CHECK_IN_NOT_REGISTERED',
      status: 409,
    });
  });
});
