import { quoted } from '../notification/message-text';
import type { EventDetail, EventSummary, MyRegistration, ProjectSummary, RoadshowSlot } from '@ihaigui/shared';
import type { ProjectEntity } from '../project/project.entity';
import { toProjectSummary } from '../project/project.mapper';
import { PROJECT_SUMMARY_COLUMNS } from '../project/project.repository';
import type { EventEntity, EventRegistrationEntity, RoadshowSlotEntity } from './event.entity';
import { EVENT_MESSAGES as M } from './event.messages';

/** The project columns a roadshow slot shows: the public card (never the private details) and its state. */
export const SLOT_PROJECT_COLUMNS = [...PROJECT_SUMMARY_COLUMNS, 'status'] as const;
export type SlotProject = Pick<ProjectEntity, (typeof SLOT_PROJECT_COLUMNS)[number]>;

/** Registration is open while the event is published and its deadline has not passed. */
export function registrationOpen(e: Pick<EventEntity, 'status' | 'registrationDeadline'>, now: Date): boolean {
  return e.status === 'published' && now.getTime() < e.registrationDeadline.getTime();
}

export function toEventSummary(e: EventEntity, now: Date): EventSummary {
  return {
    id: e.id,
    title: e.title,
    titleEn: e.titleEn,
    kind: e.kind,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    place: e.place,
    placeEn: e.placeEn,
    online: e.onlineUrl !== null,
    capacity: e.capacity,
    registered: e.registeredCount,
    waitlisted: e.waitlistCount,
    registrationDeadline: e.registrationDeadline.toISOString(),
    registrationOpen: registrationOpen(e, now),
  };
}

/**
 * The caller's registration. The check-in code is theirs only while it gets them in (registered); the waitlist
 * position is computed by the caller of this function from the event's queue.
 */
export function toMyRegistration(r: EventRegistrationEntity, waitlistPosition: number | null): MyRegistration {
  return {
    id: r.id,
    status: r.status,
    waitlistPosition: r.status === 'waitlisted' ? waitlistPosition : null,
    checkInCode: r.status === 'registered' ? r.checkInCode : null,
    checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * A project as its roadshow card. A project whose owner limited it to verified organisations keeps its name and
 * facts on the running order, but its summary is only for those organisations and staff.
 */
export function toSlotProject(p: SlotProject, summaryVisible: boolean): ProjectSummary {
  const card = toProjectSummary(p as ProjectEntity);
  return summaryVisible || p.visibility === 'public' ? card : { ...card, summary: '', summaryEn: null };
}

export function toRoadshowSlot(
  s: RoadshowSlotEntity,
  order: number,
  project: ProjectSummary,
  interest: { count: number; mine: boolean },
): RoadshowSlot {
  return {
    id: s.id,
    order,
    startsAt: s.startsAt ? s.startsAt.toISOString() : null,
    minutes: s.minutes,
    project,
    interested: interest.mine,
    interestCount: interest.count,
  };
}

export function toEventDetail(
  e: EventEntity,
  now: Date,
  parts: { showOnlineUrl: boolean; myRegistration: MyRegistration | null; slots: RoadshowSlot[] },
): EventDetail {
  return {
    ...toEventSummary(e, now),
    onlineUrl: parts.showOnlineUrl ? e.onlineUrl : null,
    agenda: e.agenda,
    agendaEn: e.agendaEn,
    organisers: e.organisers,
    organisersEn: e.organisersEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
    myRegistration: parts.myRegistration,
    slots: parts.slots,
  };
}

/** "「2026海归项目路演」" / "“Overseas talent roadshow”" for messages. */
export function quotedEvent(e: Pick<EventEntity, 'title' | 'titleEn'>) {
  return quoted(e.title, e.titleEn);
}

/** The project owner's message when their project gets a place in a published roadshow's running order. */
export function slotMessage(
  e: Pick<EventEntity, 'id' | 'title' | 'titleEn'>,
  p: Pick<SlotProject, 'name' | 'nameEn'>,
  order: number,
) {
  const event = quotedEvent(e);
  return {
    kind: 'project_status' as const,
    title: M.slotTitle,
    body: M.slotBody(event, p, order),
    link: { page: 'eventDetail', id: e.id },
  };
}
