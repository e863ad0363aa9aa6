import { z } from 'zod';
import { optionalText } from '../common/text';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { districtSchema, industrySchema } from '../taxonomy/taxonomy';
import { mainlandPhoneSchema } from '../organization/organization.schema';
import { policySummarySchema } from '../policy/policy.schema';

export const parkInputObject = z.strictObject({
  name: z.string().trim().min(2).max(80),
  nameEn: optionalText(160),
  district: districtSchema,
  address: z.string().trim().min(4).max(160),
  addressEn: optionalText(240),
  latitude: z.number().min(18).max(54).describe('WGS-84 / GCJ-02 as the map uses it'),
  longitude: z.number().min(73).max(136),
  areaSqm: z.number().int().min(0).max(100_000_000).describe('Total floor area, m²'),
  spaceAvailableSqm: z.number().int().min(0).max(100_000_000).describe('Space open to new tenants, m²'),
  industries: z.array(industrySchema).min(1).max(8),
  facilities: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  facilitiesEn: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  intro: z.string().trim().min(10).max(2000),
  introEn: optionalText(4000),
  photos: z.array(z.string().trim().max(300)).max(9).default([]).describe('Image URLs'),
  contactName: z.string().trim().min(1).max(40),
  contactPhone: z.string().trim().min(5).max(20).describe('Public office phone'),
  operatorOrganizationId: z.number().int().min(1).nullable().default(null).describe('Organisation that runs visits'),
  linkedPolicyIds: z.array(z.number().int().min(1)).max(20).default([]),
});
export type ParkInput = z.infer<typeof parkInputObject>;

/** Staff edit: any subset of the fields; a field left out keeps its value (no defaults fill in). */
export const updateParkSchema = partialWithoutDefaults(parkInputObject);
export type UpdatePark = z.infer<typeof updateParkSchema>;

export const parkListQuerySchema = pageQuerySchema.extend({
  district: districtSchema.optional(),
  industry: industrySchema.optional(),
});
export type ParkListQuery = z.infer<typeof parkListQuerySchema>;

export const parkSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  district: districtSchema,
  address: z.string(),
  addressEn: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  areaSqm: z.number().int(),
  spaceAvailableSqm: z.number().int(),
  industries: z.array(industrySchema),
  photos: z.array(z.string()),
});
export type ParkSummary = z.infer<typeof parkSummarySchema>;
export const parkPageSchema = pageSchema(parkSummarySchema);

export const visitSlotSchema = z.object({
  id: z.number().int(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  capacity: z.number().int(),
  booked: z.number().int(),
  remaining: z.number().int(),
  note: z.string().nullable(),
});
export type VisitSlot = z.infer<typeof visitSlotSchema>;

export const parkDetailSchema = parkSummarySchema.extend({
  facilities: z.array(z.string()),
  facilitiesEn: z.array(z.string()),
  intro: z.string(),
  introEn: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  operatorOrganizationId: z.number().int().nullable(),
  policies: z.array(policySummarySchema),
  slots: z.array(visitSlotSchema).describe('Upcoming visit slots'),
});
export type ParkDetail = z.infer<typeof parkDetailSchema>;

export const createVisitSlotSchema = z
  .strictObject({
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    capacity: z.number().int().min(1).max(200),
    note: z
      .string()
      .trim()
      .max(120)
      .nullish()
      .transform((v) => v || null),
  })
  .refine((v) => v.startsAt < v.endsAt, { message: 'endsAt must be after startsAt', path: ['endsAt'] });
export type CreateVisitSlot = z.infer<typeof createVisitSlotSchema>;

export const VISIT_PARTY_MAX = 5;
export const bookVisitSchema = z.strictObject({
  slotId: z.number().int().min(1),
  partySize: z.number().int().min(1).max(VISIT_PARTY_MAX).default(1),
  contactPhone: mainlandPhoneSchema,
  message: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .transform((v) => v || null),
});
export type BookVisit = z.infer<typeof bookVisitSchema>;

export const BOOKING_STATUSES = ['pending', 'confirmed', 'declined', 'cancelled'] as const;
export const bookingStatusSchema = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;
export const BOOKING_STATUS_LABELS: Record<BookingStatus, Bilingual> = {
  pending: { zh: '待确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  declined: { zh: '已婉拒', en: 'Declined' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const visitBookingSchema = z.object({
  id: z.number().int(),
  park: z.object({ id: z.number().int(), name: z.string(), nameEn: z.string().nullable(), address: z.string() }),
  slot: visitSlotSchema.pick({ id: true, startsAt: true, endsAt: true }),
  partySize: z.number().int(),
  status: bookingStatusSchema,
  message: z.string().nullable(),
  responseNote: z.string().nullable().describe('What the park or staff wrote when confirming or declining'),
  visitor: z.object({
    displayName: z.string(),
    contactPhone: z.string().describe('Masked except for the visitor and the host'),
  }),
  createdAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
});
export type VisitBooking = z.infer<typeof visitBookingSchema>;
export const visitBookingPageSchema = pageSchema(visitBookingSchema);

export const bookingListQuerySchema = pageQuerySchema.extend({ status: bookingStatusSchema.optional() });
export type BookingListQuery = z.infer<typeof bookingListQuerySchema>;

export const respondBookingSchema = z.strictObject({
  decision: z.enum(['confirmed', 'declined']),
  note: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .transform((v) => v || null),
});
export type RespondBooking = z.infer<typeof respondBookingSchema>;
