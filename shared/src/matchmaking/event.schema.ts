import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { optionalText } from '../common/text';
import { idParamSchema } from '../organization/organization.schema';
import { projectSummarySchema } from './project.schema';

export const EVENT_KINDS = ['fair', 'roadshow', 'cloud_roadshow', 'park_visit', 'briefing'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;
export const EVENT_KIND_LABELS: Record<EventKind, Bilingual> = {
  fair: { zh: '对接会', en: 'Matchmaking fair' },
  roadshow: { zh: '项目路演', en: 'Roadshow' },
  cloud_roadshow: { zh: '云路演', en: 'Cloud roadshow' },
  park_visit: { zh: '园区参观', en: 'Park visit' },
  briefing: { zh: '政策宣讲', en: 'Policy briefing' },
};
/** Kinds that have ordered project slots. */
export const ROADSHOW_KINDS: readonly EventKind[] = ['roadshow', 'cloud_roadshow'];

/** draft (staff only) → published → cancelled. Past events stay published and show as ended. */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof eventStatusSchema>;
export const EVENT_STATUS_LABELS: Record<EventStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const eventInputObject = z.strictObject({
  title: z.string().trim().min(2).max(80),
  titleEn: optionalText(160),
  kind: eventKindSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: optionalText(120).describe('Address; required unless the event is online'),
  placeEn: optionalText(240),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullish()
    .transform((v) => v ?? null)
    .describe('Live link of a cloud roadshow'),
  capacity: z.number().int().min(1).max(10_000),
  registrationDeadline: z.iso.datetime({ offset: true }),
  agenda: z.string().trim().min(2).max(3000),
  agendaEn: optionalText(6000),
  organisers: z.string().trim().min(2).max(200),
  organisersEn: optionalText(400),
  description: z.string().trim().min(10).max(3000),
  descriptionEn: optionalText(6000),
});
const eventRules = <
  T extends z.ZodType<{
    startsAt?: string;
    endsAt?: string;
    registrationDeadline?: string;
    kind?: EventKind;
    place?: string | null;
    onlineUrl?: string | null;
  }>,
>(
  s: T,
) =>
  s
    .refine((v) => !v.startsAt || !v.endsAt || Date.parse(v.startsAt) < Date.parse(v.endsAt), {
      message: 'the event must end after it starts',
      path: ['endsAt'],
    })
    .refine(
      (v) => !v.startsAt || !v.registrationDeadline || Date.parse(v.registrationDeadline) <= Date.parse(v.startsAt),
      {
        message: 'registration must close before the event starts',
        path: ['registrationDeadline'],
      },
    );
export const eventInputSchema = eventRules(eventInputObject)
  .refine((v) => v.kind !== 'cloud_roadshow' || !!v.onlineUrl, {
    message: 'a cloud roadshow needs its live link',
    path: ['onlineUrl'],
  })
  .refine((v) => v.kind === 'cloud_roadshow' || !!v.place, { message: 'give the place', path: ['place'] });
export type EventInput = z.infer<typeof eventInputSchema>;
export type EventInputRaw = z.input<typeof eventInputSchema>;
export const updateEventSchema = eventRules(partialWithoutDefaults(eventInputObject));
export type UpdateEvent = z.infer<typeof updateEventSchema>;

export const eventListQuerySchema = pageQuerySchema.extend({
  kind: eventKindSchema.optional(),
  when: z.enum(['upcoming', 'past']).default('upcoming'),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, Bilingual> = {
  registered: { zh: '已报名', en: 'Registered' },
  waitlisted: { zh: '候补中', en: 'Waitlisted' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const eventSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  kind: eventKindSchema,
  status: eventStatusSchema,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string().nullable(),
  placeEn: z.string().nullable(),
  online: z.boolean(),
  capacity: z.number().int(),
  registered: z.number().int(),
  waitlisted: z.number().int(),
  registrationDeadline: z.iso.datetime(),
  registrationOpen: z.boolean().describe('Published, before the deadline and not cancelled'),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;
export const eventPageSchema = pageSchema(eventSummarySchema);

export const myRegistrationSchema = z.object({
  id: z.number().int(),
  status: registrationStatusSchema,
  waitlistPosition: z.number().int().nullable().describe('1-based place in the waitlist'),
  checkInCode: z.string().nullable().describe('Shown as a QR code; null while waitlisted or cancelled'),
  checkedInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

export const roadshowSlotSchema = z.object({
  id: z.number().int(),
  order: z.number().int(),
  startsAt: z.iso.datetime().nullable(),
  minutes: z.number().int(),
  project: projectSummarySchema,
  interested: z.boolean().describe("The caller's organisation has marked interest"),
  interestCount: z.number().int(),
});
export type RoadshowSlot = z.infer<typeof roadshowSlotSchema>;

export const eventDetailSchema = eventSummarySchema.extend({
  onlineUrl: z.string().nullable().describe('Only for registered users and staff'),
  agenda: z.string(),
  agendaEn: z.string().nullable(),
  organisers: z.string(),
  organisersEn: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  myRegistration: myRegistrationSchema.nullable(),
  slots: z.array(roadshowSlotSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const myEventSchema = z.object({ event: eventSummarySchema, registration: myRegistrationSchema });
export const myEventPageSchema = pageSchema(myEventSchema);
export const myEventQuerySchema = pageQuerySchema.extend({ when: z.enum(['upcoming', 'past']).default('upcoming') });

export const staffEventQuerySchema = pageQuerySchema.extend({ status: eventStatusSchema.optional() });
export const attendeeSchema = z.object({
  registrationId: z.number().int(),
  displayName: z.string(),
  role: z.string(),
  organizationName: z.string().nullable(),
  status: registrationStatusSchema,
  waitlistPosition: z.number().int().nullable(),
  checkedInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export const attendeePageSchema = pageSchema(attendeeSchema);
export const attendeeQuerySchema = pageQuerySchema.extend({ status: registrationStatusSchema.optional() });

/** What the door scanner or typed entry sends; the QR encodes exactly this code. */
export const CHECK_IN_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{8}$/;
export const checkInSchema = z.strictObject({
  code: z.string().trim().toUpperCase().regex(CHECK_IN_CODE_PATTERN, '8 letters and digits'),
});
export const checkInResultSchema = z.object({
  attendee: attendeeSchema,
  alreadyCheckedIn: z.boolean(),
});

export const addSlotSchema = z.strictObject({
  projectId: z.number().int().positive(),
  startsAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((v) => v ?? null),
  minutes: z.number().int().min(3).max(60).default(10),
});
export const reorderSlotsSchema = z.strictObject({ slotIds: z.array(z.number().int().positive()).min(1).max(100) });
/** A slot of an event's running order: /events/:id/slots/:slotId. */
export const slotParamSchema = idParamSchema.extend({ slotId: idParamSchema.shape.id });
export const markInterestSchema = z.strictObject({ note: optionalText(500) });
export const markInterestResultSchema = z.object({
  intentionId: z.number().int(),
  created: z.boolean().describe('false when the organisation already had an open intention on this project'),
});
