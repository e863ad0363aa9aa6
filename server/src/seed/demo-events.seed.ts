import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { eventInputSchema, ROADSHOW_KINDS } from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { DEMO_PERSONA_USERNAMES } from '../account/demo-personas';
import { AuditService } from '../audit/audit.service';
import type { Clock } from '../common/clock';
import { addDays, localDate } from '../common/time/local-date';
import { EventRepository } from '../event/event.repository';
import { EventService } from '../event/event.service';
import { RegistrationService } from '../event/registration.service';
import { RoadshowService } from '../event/roadshow.service';
import { OrganizationService } from '../organization/organization.service';
import { DEMO_EVENTS, type DemoEvent } from './demo-events';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Pitches on a demo running order: this long each, with this much for questions after. */
const PITCH_MINUTES = 10;
const PITCH_SPACING_MINUTES = 15;
const MAX_SLOTS = 8;

/** The instant of a local (UTC+8) day and "HH:MM". */
function localInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00.000+08:00`);
}

/** Start, end and registration deadline of a demo event, relative to the seed day. */
export function demoEventTimes(
  item: DemoEvent,
  now: Date,
): { startsAt: string; endsAt: string; registrationDeadline: string } {
  const day = addDays(localDate(now), item.startsInDays);
  const start = localInstant(day, item.startsAtLocal);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + item.durationMinutes * MINUTE_MS).toISOString(),
    registrationDeadline: localInstant(addDays(day, -item.deadlineDaysBefore), '18:00').toISOString(),
  };
}

/**
 * The demo events through the event services (validated and audited like staff input), in one transaction: the
 * roadshows get the shortlisted demo projects on their running order (when the projects seed ran first), and some
 * personas are registered so 我的 shows events from the first start.
 */
@Injectable()
export class DemoEventsSeed {
  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly roadshows: RoadshowService,
    private readonly users: AccountService,
    // The event's repository takes a place regardless of the registration deadline (past demo events have attendees).
    private readonly eventRepository: EventRepository,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async run(clock: Clock): Promise<number> {
    const now = clock.now();
    const personaIds = new Map<string, number>();
    for (const [persona, username] of Object.entries(DEMO_PERSONA_USERNAMES)) {
      const user = await this.users.findByUsername(username);
      if (user) personaIds.set(persona, user.id);
    }
    return this.dataSource.transaction(async (em) => {
      const shortlisted = await this.roadshows.findShortlistedProjectIds(2 * MAX_SLOTS, em);
      for (const item of DEMO_EVENTS) {
        const times = demoEventTimes(item, now);
        const event = await this.events.create(null, eventInputSchema.parse({ ...item.input, ...times }), em);
        if (item.slotsFrom !== undefined && ROADSHOW_KINDS.includes(event.kind)) {
          const projects = shortlisted.filter((_, i) => i % 2 === item.slotsFrom).slice(0, MAX_SLOTS);
          for (const [i, projectId] of projects.entries()) {
            const startsAt = new Date(event.startsAt.getTime() + (10 + i * PITCH_SPACING_MINUTES) * MINUTE_MS);
            await this.roadshows.addSlot(
              null,
              event.id,
              { projectId, startsAt: startsAt.toISOString(), minutes: PITCH_MINUTES },
              em,
            );
          }
        }
        if (item.publishedDaysAgo !== null)
          await this.events.publish(null, event.id, new Date(now.getTime() - item.publishedDaysAgo * DAY_MS), em);
        for (const r of item.registered ?? []) {
          const userId = personaIds.get(r.persona);
          if (!userId) continue;
          // Registered a day after publication; a past event's attendee was checked in as it began.
          const registeredAt = new Date(now.getTime() - ((item.publishedDaysAgo ?? 1) - 1) * DAY_MS);
          await this.register(
            event.id,
            userId,
            { registeredAt, checkedInAt: r.checkedIn ? new Date(times.startsAt) : null },
            em,
          );
        }
      }
      return DEMO_EVENTS.length;
    });
  }

  /** A registration that holds a place, checked in when asked (a past event the persona attended). */
  private async register(
    eventId: number,
    userId: number,
    options: { registeredAt: Date; checkedInAt: Date | null },
    em: EntityManager,
  ): Promise<void> {
    if (!(await this.eventRepository.takeDemoPlace(eventId, em))) throw new Error(`demo event ${eventId} is full`);
    const organization = await this.organizations.findForMember(userId, em);
    const id = await this.registrations.insertWithFreshCode(
      {
        eventId,
        userId,
        organizationId: organization?.id ?? null,
        status: 'registered',
        checkedInAt: options.checkedInAt,
        checkedInBy: null,
        createdAt: options.registeredAt,
      },
      em,
    );
    await this.audit.insert(
      {
        actorId: null,
        action: 'event_registration.seed',
        entityType: 'event_registration',
        entityId: id,
        detail: { eventId },
      },
      em,
    );
  }
}
