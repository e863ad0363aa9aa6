import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventDetail, ROADSHOW_KINDS } from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { IntentionService } from '../intention/intention.service';
import { NotificationService } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import type { EventEntity } from './event.entity';
import { slotMessage } from './event.mapper';
import { EventRepository } from './event.repository';
import { EventService } from './event.service';
import { RoadshowRepository } from './roadshow.repository';

const ENTITY_TYPE = 'event';

export interface AddSlot {
  projectId: number;
  startsAt: string | null;
  minutes: number;
}

export interface InterestResult {
  intentionId: number;
  created: boolean;
}

/**
 * Roadshows: staff put shortlisted projects on an event's running order; organisations watching mark interest in a
 * project, which opens an intention with the project's owner (once per organisation and slot).
 */
@Injectable()
export class RoadshowService implements OnModuleInit {
  constructor(
    private readonly events: EventRepository,
    private readonly roadshow: RoadshowRepository,
    private readonly eventService: EventService,
    private readonly intentions: IntentionService,
    private readonly organizations: OrganizationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted talent's projects leave the running orders, and the interests that led to their intentions go.
    this.erasure.register('roadshow-slots', async (userId, em) => {
      await this.roadshow.deleteSlotsOfOwner(userId, em);
      await this.roadshow.deleteInterestsOfTalent(userId, em);
    });
  }

  /** The event locked for a change of its running order: it must exist, be a roadshow and not be cancelled. */
  private async requireRoadshow(eventId: number, em: EntityManager): Promise<EventEntity> {
    const event = await this.events.findByIdForUpdate(eventId, em);
    if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
    if (!ROADSHOW_KINDS.includes(event.kind))
      throw AppException.conflict('ROADSHOW_NOT_ROADSHOW', `event ${eventId} is a ${event.kind}`);
    if (event.status === 'cancelled')
      throw AppException.conflict('EVENT_INVALID_TRANSITION', `event ${eventId} cancelled`);
    return event;
  }

  /**
   * Appends an accepted, shortlisted project to the running order (the dashboard's "roadshow" stage counts the slot
   * from its creation). Adding a project already on it changes nothing (created = false). The owner is told once the
   * event is public.
   */
  async addSlot(
    staffId: number | null,
    eventId: number,
    input: AddSlot,
    manager?: EntityManager,
  ): Promise<{ created: boolean }> {
    const now = this.clock.now();
    const write = async (em: EntityManager) => {
      const event = await this.requireRoadshow(eventId, em);
      const [project] = await this.roadshow.findProjects([input.projectId], em);
      if (!project) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${input.projectId}`);
      if (project.status !== 'accepted' || !project.shortlistedAt) {
        throw new AppException(
          'ROADSHOW_PROJECT_NOT_SHORTLISTED',
          422,
          `project ${project.id} is ${project.status}, shortlisted ${Boolean(project.shortlistedAt)}`,
        );
      }
      if (
        input.startsAt &&
        (Date.parse(input.startsAt) < event.startsAt.getTime() || Date.parse(input.startsAt) >= event.endsAt.getTime())
      ) {
        throw new AppException('VALIDATION_FAILED', 422, `slot outside event ${eventId}`, {
          issues: [{ path: 'startsAt', message: 'the slot must start while the event runs' }],
        });
      }
      if (await this.roadshow.findSlotOfProject(eventId, project.id, em)) return { created: false };
      const order = (await this.roadshow.findMaxSortOrder(eventId, em)) + 1;
      const slot = await this.roadshow.insertSlot(
        {
          eventId,
          projectId: project.id,
          sortOrder: order,
          startsAt: input.startsAt ? new Date(input.startsAt) : null,
          minutes: input.minutes,
          createdAt: now,
        },
        em,
      );
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.slot_add',
          entityType: ENTITY_TYPE,
          entityId: eventId,
          detail: { slotId: slot.id, projectId: project.id },
        },
        em,
      );
      if (event.status === 'published') {
        const position = (await this.roadshow.findSlots(eventId, em)).findIndex((s) => s.id === slot.id) + 1;
        await this.notifications.notify(project.ownerId, slotMessage(event, project, position), em);
      }
      return { created: true };
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  async addSlotForStaff(
    staffId: number,
    eventId: number,
    input: AddSlot,
  ): Promise<{ created: boolean; detail: EventDetail }> {
    const { created } = await this.addSlot(staffId, eventId, input);
    return { created, detail: await this.eventService.readForStaff(staffId, eventId) };
  }

  /** A new running order: exactly the event's slot ids, each once. */
  async reorder(staffId: number, eventId: number, slotIds: number[]): Promise<EventDetail> {
    await this.dataSource.transaction(async (em) => {
      await this.requireRoadshow(eventId, em);
      const slots = await this.roadshow.findSlots(eventId, em);
      const known = new Set(slots.map((s) => s.id));
      if (
        slotIds.length !== slots.length ||
        new Set(slotIds).size !== slotIds.length ||
        !slotIds.every((id) => known.has(id))
      ) {
        throw new AppException('VALIDATION_FAILED', 422, `reorder of event ${eventId}`, {
          issues: [{ path: 'slotIds', message: `give each of the event's ${slots.length} slot ids exactly once` }],
        });
      }
      const current = new Map(slots.map((s) => [s.id, s.sortOrder]));
      for (const [index, id] of slotIds.entries()) {
        if (current.get(id) !== index + 1) await this.roadshow.setSortOrder(id, index + 1, em);
      }
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.slot_reorder',
          entityType: ENTITY_TYPE,
          entityId: eventId,
          detail: { slotIds },
        },
        em,
      );
    });
    return this.eventService.readForStaff(staffId, eventId);
  }

  /** Takes a project off the running order, unless organisations have already marked interest in it there. */
  async removeSlot(staffId: number, eventId: number, slotId: number): Promise<EventDetail> {
    await this.dataSource.transaction(async (em) => {
      const event = await this.events.findByIdForUpdate(eventId, em);
      if (!event) throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
      const slot = await this.roadshow.findSlot(slotId, em);
      if (!slot || slot.eventId !== eventId)
        throw AppException.notFound('ROADSHOW_SLOT_NOT_FOUND', `slot ${slotId} of event ${eventId}`);
      if ((await this.roadshow.countInterestsOfSlot(slotId, em)) > 0) {
        throw AppException.conflict(
          'EVENT_INVALID_TRANSITION',
          `slot ${slotId} has interest; its intentions refer to it`,
        );
      }
      await this.roadshow.deleteSlot(slotId, em);
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'event.slot_remove',
          entityType: ENTITY_TYPE,
          entityId: eventId,
          detail: { slotId, projectId: slot.projectId },
        },
        em,
      );
    });
    return this.eventService.readForStaff(staffId, eventId);
  }

  /**
   * A verified organisation's member marks interest in a roadshow project: in one transaction an intention with the
   * project's owner is opened (or the organisation's open one on the project reused) and the interest recorded.
   * Allowed any time once the roadshow is published (before, during or after it), not once it is cancelled.
   * Marking it again answers with the same intention.
   */
  async markInterest(userId: number, eventId: number, slotId: number, note: string | null): Promise<InterestResult> {
    const event = await this.events.findById(eventId);
    if (!event || event.status === 'draft') throw AppException.notFound('EVENT_NOT_FOUND', `event ${eventId}`);
    if (!ROADSHOW_KINDS.includes(event.kind))
      throw AppException.conflict('ROADSHOW_NOT_ROADSHOW', `event ${eventId} is a ${event.kind}`);
    if (event.status === 'cancelled')
      throw AppException.conflict('EVENT_INVALID_TRANSITION', `event ${eventId} cancelled`);
    const slot = await this.roadshow.findSlot(slotId);
    if (!slot || slot.eventId !== eventId)
      throw AppException.notFound('ROADSHOW_SLOT_NOT_FOUND', `slot ${slotId} of event ${eventId}`);
    const organization = await this.organizations.requireVerifiedForMember(userId);
    const earlier = await this.roadshow.findInterest(slotId, organization.id);
    if (earlier) return { intentionId: earlier.intentionId, created: false };
    const [project] = await this.roadshow.findProjects([slot.projectId]);
    if (!project)
      throw AppException.notFound('ROADSHOW_SLOT_NOT_FOUND', `project ${slot.projectId} of slot ${slotId} gone`);
    try {
      return await this.dataSource.transaction(async (em) => {
        const { intention, created } = await this.intentions.open(
          {
            organizationId: organization.id,
            talentUserId: project.ownerId,
            projectId: project.id,
            source: 'roadshow',
            eventId,
            proposedBy: 'organization',
            actor: { userId, side: 'organization' },
            note,
          },
          em,
        );
        await this.roadshow.insertInterest(
          { slotId, organizationId: organization.id, intentionId: intention.id, userId, createdAt: this.clock.now() },
          em,
        );
        await this.audit.insert(
          {
            actorId: userId,
            action: 'roadshow.interest',
            entityType: ENTITY_TYPE,
            entityId: eventId,
            detail: { slotId, intentionId: intention.id, created },
          },
          em,
        );
        return { intentionId: intention.id, created };
      });
    } catch (err) {
      // Two clicks of the same organisation at once: the first one's interest (and intention) stands.
      if (!isUniqueViolation(err)) throw err;
      const winner = await this.roadshow.findInterest(slotId, organization.id);
      if (!winner) throw err;
      return { intentionId: winner.intentionId, created: false };
    }
  }

  /** Projects accepted and shortlisted for a roadshow, earliest shortlisted first (the demo seed fills slots from them). */
  findShortlistedProjectIds(limit: number, manager: EntityManager): Promise<number[]> {
    return this.roadshow.findShortlistedProjectIds(limit, manager);
  }
}
