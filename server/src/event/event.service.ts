import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type EventDetail,
  type EventInput,
  eventInputSchema,
  type EventListQuery,
  type EventStatus,
  type EventSummary,
  type Page,
  ROADSHOW_KINDS,
  type RoadshowSlot,
  type UpdateEvent,
} from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { NotificationService } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import type { EventEntity } from './event.entity';
import { quotedEvent, slotMessage, toEventDetail, toEventSummary, toRoadshowSlot, toSlotProject } from './event.mapper';
import { EVENT_MESSAGES as M } from './event.messages';
import { EventRepository } from './event.repository';
import { RegistrationService } from './registration.service';
import { RoadshowRepository } from './roadshow.repository';

const ENTITY_TYPE = 'event';

/** Who is looking at an event: what they may see of it depends on it. */
export interface EventViewer {
  userId: number | null;
  staff: boolean;
}

/** The staff form → column values. */
function toColumns(input: EventInput): Partial<EventEntity> {
  return {
    ...input,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    registrationDeadline: new Date(input.registrationDeadline),
  };
}

/** The stored event as the staff form, to check an edit against the whole-record rules. */
function entityToInput(e: EventEntity): EventInput {
  return {
    title: e.title,
    titleEn: e.titleEn,
    kind: e.kind,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    place: e.place,
    placeEn: e.placeEn,
    onlineUrl: e.onlineUrl,
    capacity: e.capacity,
    registrationDeadline: e.registrationDeadline.toISOString(),
    agenda: e.agenda,
    agendaEn: e.agendaEn,
    organisers: e.organisers,
    organisersEn: e.organisersEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
  };
}

/** Fields whose change the people registered need to hear about. */
const ANNOUNCED_FIELDS = ['startsAt', 'endsAt', 'place', 'onlineUrl'] as const;

/**
 * Events: staff create them as drafts, publish and may cancel them; everyone sees the published ones (and cancelled
 * ones, marked so); the live link of an online event is only for those holding a place, and staff.
 */
@Injectable()
export class EventService {
  constructor(
    private readonly events: EventRepository,
    private readonly roadshow: RoadshowRepository,
    private readonly registrations: RegistrationService,
    private readonly organizations: OrganizationService,
    private readonly users: AccountService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- everyone ----

  async listPublic(query: EventListQuery): Promise<Page<EventSummary>> {
    const now = this.clock.now();
    const [rows, total] = await this.events.findPublicPage({
      kind: query.kind,
      when: query.when,
      now,
      ...window(query),
    });
    return pageOf(
      rows.map((e) => toEventSummary(e, now)),
      total,
      query,
    );
  }

  /** A published or cancelled event; a draft exists only for staff. */
  /** The public title of one item, for other features that link to it (null when it is not public). */
  async publicTitle(id: number): Promise<{ title: string; titleEn: string | null } | null> {
    const event = await this.events.findById(id);
    return event && event.status !== 'draft' ? { title: event.title, titleEn: event.titleEn } : null;
  }

  async readPublic(id: number, caller: AuthUser | null): Promise<EventDetail> {
    const viewer = await this.viewerOf(caller);
    const event = await this.events.findById(id);
    if (!event || (event.status === 'draft' && !viewer.staff))
      throw AppException.notFound('EVENT_NOT_FOUND', `event ${id}`);
    return this.detailOf(event, viewer);
  }

  /** A public route trusts the token for who the caller is; a staff claim is checked against the account. */
  private async viewerOf(caller: AuthUser | null): Promise<EventViewer> {
    if (!caller) return { userId: null, staff: false };
    if (!STAFF_ROLES.includes(caller.role)) return { userId: caller.id, staff: false };
    const user = await this.users.findActiveById(caller.id);
    return { userId: caller.id, staff: Boolean(user && STAFF_ROLES.includes(user.role)) };
  }

  /** The page of one event for this viewer: their registration, the running order with interest, the link if theirs. */
  async detailOf(event: EventEntity, viewer: EventViewer): Promise<EventDetail> {
    const now = this.clock.now();
    const [myRegistration, slots] = await Promise.all([
      viewer.userId ? this.registrations.findMine(event.id, viewer.userId) : Promise.resolve(null),
      this.slotsOf(event, viewer),
    ]);
    return toEventDetail(event, now, {
      showOnlineUrl: viewer.staff || myRegistration?.status === 'registered',
      myRegistration,
      slots,
    });
  }

  /** The running order with each project's card, how many organisations are interested, and whether the viewer's is. */
  private async slotsOf(event: EventEntity, viewer: EventViewer): Promise<RoadshowSlot[]> {
    if (!ROADSHOW_KINDS.includes(event.kind)) return [];
    const slots = await this.roadshow.findSlots(event.id);
    if (slots.length === 0) return [];
    const slotIds = slots.map((s) => s.id);
    const verifiedOrg = viewer.userId
      ? ((await this.organizations.findVerifiedForMember(viewer.userId))?.id ?? null)
      : null;
    const [projects, counts, mine] = await Promise.all([
      this.roadshow.findProjects(slots.map((s) => s.projectId)),
      this.roadshow.countInterests(slotIds),
      verifiedOrg ? this.roadshow.findInterestedSlotIds(slotIds, verifiedOrg) : Promise.resolve(new Set<number>()),
    ]);
    const projectById = new Map(projects.map((p) => [p.id, p]));
    const summaryVisible = viewer.staff || verifiedOrg !== null;
    return slots.flatMap((s, index) => {
      const project = projectById.get(s.projectId);
      return project
        ? [
            toRoadshowSlot(s, index + 1, toSlotProject(project, summaryVisible || project.ownerId === viewer.userId), {
              count: counts.get(s.id) ?? 0,
              mine: mine.has(s.id),
            }),
          ]
        : [];
    });
  }

  // ---- staff ----

  async listForStaff(query: { status?: EventStatus; page: number; pageSize: number }): Promise<Page<EventSummary>> {
    const now = this.clock.now();
    const [rows, total] = await this.events.findStaffPage({ status: query.status, ...window(query) });
    return pageOf(
      rows.map((e) => toEventSummary(e, now)),
      total,
      query,
    );
  }

  async readForStaff(staffId: number, id: number): Promise<EventDetail> {
    const event = await this.events.findById(id);
    if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${id}`);
    return this.detailOf(event, { userId: staffId, staff: true });
  }

  /** A new event, as a draft. */
  async create(staffId: number | null, input: EventInput, manager?: EntityManager): Promise<EventEntity> {
    const write = async (em: EntityManager) => {
      const saved = await this.events.insert(
        { ...toColumns(input), status: 'draft', createdBy: staffId ?? 0, registeredCount: 0, waitlistCount: 0 },
        em,
      );
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.create',
          entityType: ENTITY_TYPE,
          entityId: saved.id,
          detail: { kind: input.kind },
        },
        em,
      );
      return saved;
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  async createForStaff(staffId: number, input: EventInput): Promise<EventDetail> {
    const saved = await this.create(staffId, input);
    return this.readForStaff(staffId, saved.id);
  }

  /**
   * Edits a draft or published event; fields left out keep their values and the whole record must still hold
   * together. The capacity cannot go below the places already taken; raising it gives the new places to the
   * waitlist in order. People registered hear about a new time or place.
   */
  async update(staffId: number, id: number, patch: UpdateEvent): Promise<EventDetail> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.events.findByIdForUpdate(id, em);
      if (!current) throw AppException.notFound('EVENT_NOT_FOUND', `event ${id}`);
      if (current.status === 'cancelled')
        throw AppException.conflict('EVENT_INVALID_TRANSITION', `edit a cancelled event ${id}`);
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, v]) => v !== undefined),
      ) as Partial<EventInput>;
      const checked = eventInputSchema.safeParse({ ...entityToInput(current), ...changes });
      if (!checked.success) throw checked.error;
      const next = checked.data;
      if (
        ROADSHOW_KINDS.includes(current.kind) &&
        !ROADSHOW_KINDS.includes(next.kind) &&
        (await this.roadshow.findSlots(id, em)).length > 0
      ) {
        throw AppException.conflict(
          'EVENT_INVALID_TRANSITION',
          `event ${id} has roadshow slots; kind stays a roadshow`,
        );
      }
      if (next.capacity !== current.capacity && !(await this.events.setCapacity(id, next.capacity, em))) {
        throw new AppException('VALIDATION_FAILED', 422, `capacity ${next.capacity} below registered`, {
          issues: [
            {
              path: 'capacity',
              message: `capacity cannot be below the ${current.registeredCount} places already taken`,
            },
          ],
        });
      }
      const { capacity: _capacity, ...columns } = toColumns(next);
      await this.events.update(id, columns, em);
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.update',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { fields: Object.keys(changes).sort() },
        },
        em,
      );
      const updated = { ...current, ...columns, capacity: next.capacity } as EventEntity;
      if (next.capacity > current.capacity) await this.registrations.promote(updated, em);
      const before = entityToInput(current);
      const moved = ANNOUNCED_FIELDS.filter((f) =>
        f === 'startsAt' || f === 'endsAt' ? Date.parse(before[f]) !== Date.parse(next[f]) : before[f] !== next[f],
      );
      if (current.status === 'published' && moved.length > 0) await this.tellRegistered(updated, 'changed', em);
    });
    return this.readForStaff(staffId, id);
  }

  /** A draft goes public. Owners of projects already on its running order hear about their slot. */
  async publish(
    staffId: number | null,
    id: number,
    at: Date = this.clock.now(),
    manager?: EntityManager,
  ): Promise<void> {
    const write = async (em: EntityManager) => {
      const current = await this.events.findByIdForUpdate(id, em);
      if (!current) throw AppException.notFound('EVENT_NOT_FOUND', `event ${id}`);
      if (!(await this.events.transition(id, ['draft'], { status: 'published', publishedAt: at }, em))) {
        throw AppException.conflict('EVENT_INVALID_TRANSITION', `publish from ${current.status}`);
      }
      await this.audit.insert({ actorId: staffId, action: 'event.publish', entityType: ENTITY_TYPE, entityId: id }, em);
      const slots = ROADSHOW_KINDS.includes(current.kind) ? await this.roadshow.findSlots(id, em) : [];
      const owners = new Map(
        (
          await this.roadshow.findProjects(
            slots.map((s) => s.projectId),
            em,
          )
        ).map((p) => [p.id, p]),
      );
      for (const [index, slot] of slots.entries()) {
        const project = owners.get(slot.projectId);
        if (project) await this.notifications.notify(project.ownerId, slotMessage(current, project, index + 1), em);
      }
    };
    await (manager ? write(manager) : this.dataSource.transaction(write));
  }

  async publishForStaff(staffId: number, id: number): Promise<EventDetail> {
    await this.publish(staffId, id);
    return this.readForStaff(staffId, id);
  }

  /** Cancels a draft or published event; everyone registered or waiting is told. */
  async cancel(staffId: number, id: number): Promise<EventDetail> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.events.findByIdForUpdate(id, em);
      if (!current) throw AppException.notFound('EVENT_NOT_FOUND', `event ${id}`);
      if (!(await this.events.transition(id, ['draft', 'published'], { status: 'cancelled' }, em))) {
        throw AppException.conflict('EVENT_INVALID_TRANSITION', `cancel from ${current.status}`);
      }
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.cancel',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { from: current.status },
        },
        em,
      );
      await this.tellRegistered(current, 'cancelled', em);
    });
    return this.readForStaff(staffId, id);
  }

  /** One inbox message to each person holding or waiting for a place. */
  private async tellRegistered(event: EventEntity, what: 'changed' | 'cancelled', em: EntityManager): Promise<void> {
    const title = quotedEvent(event);
    const message =
      what === 'cancelled'
        ? { title: M.cancelledTitle, body: M.cancelledBody(title) }
        : { title: M.changedTitle, body: M.changedBody(title) };
    for (const userId of await this.registrations.findActiveUserIds(event.id, em)) {
      await this.notifications.notify(
        userId,
        { kind: 'event_registration', ...message, link: { page: 'eventDetail', id: event.id } },
        em,
      );
    }
  }
}
