import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema } from '../common/pagination';
import { optionalText } from '../common/text';
import { districtSchema } from '../taxonomy/taxonomy';

/**
 * 对接意向: proposed → accepted | declined; accepted → meeting (held) → agreement (意向协议 signed) → signed (落地签约);
 * withdrawn from any state that is not final. declined, signed and withdrawn are final.
 */
export const INTENTION_STATUSES = [
  'proposed',
  'accepted',
  'declined',
  'meeting',
  'agreement',
  'signed',
  'withdrawn',
] as const;
export const intentionStatusSchema = z.enum(INTENTION_STATUSES);
export type IntentionStatus = z.infer<typeof intentionStatusSchema>;
export const INTENTION_STATUS_LABELS: Record<IntentionStatus, Bilingual> = {
  proposed: { zh: '已发起', en: 'Proposed' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已婉拒', en: 'Declined' },
  meeting: { zh: '已洽谈', en: 'Meeting held' },
  agreement: { zh: '已签意向协议', en: 'Letter of intent signed' },
  signed: { zh: '已落地签约', en: 'Landing agreement signed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
export const INTENTION_FINAL: readonly IntentionStatus[] = ['declined', 'signed', 'withdrawn'];
export const INTENTION_TRANSITIONS: Record<IntentionStatus, IntentionStatus[]> = {
  proposed: ['accepted', 'declined', 'withdrawn'],
  accepted: ['meeting', 'withdrawn'],
  meeting: ['agreement', 'withdrawn'],
  agreement: ['signed', 'withdrawn'],
  declined: [],
  signed: [],
  withdrawn: [],
};
export function canMoveIntention(from: IntentionStatus, to: IntentionStatus): boolean {
  return INTENTION_TRANSITIONS[from].includes(to);
}

export const INTENTION_SIDES = ['organization', 'talent'] as const;
export type IntentionSide = (typeof INTENTION_SIDES)[number];
export const INTENTION_SOURCES = ['browse', 'roadshow', 'challenge', 'offline'] as const;
export type IntentionSource = (typeof INTENTION_SOURCES)[number];
export const INTENTION_SOURCE_LABELS: Record<IntentionSource, Bilingual> = {
  browse: { zh: '平台对接', en: 'Through the portal' },
  roadshow: { zh: '路演意向', en: 'From a roadshow' },
  challenge: { zh: '揭榜挂帅', en: 'From a challenge' },
  offline: { zh: '线下对接', en: 'Made offline' },
};

/** An organisation proposes to a project (its owner) or to a talent who opted in. */
export const proposeToTalentSchema = z
  .strictObject({
    projectId: z.number().int().positive().nullable().default(null),
    talentUserId: z.number().int().positive().nullable().default(null),
    note: z.string().trim().min(2).max(1000),
  })
  .refine((v) => (v.projectId === null) !== (v.talentUserId === null), {
    message: 'give a project or a talent, not both',
    path: ['projectId'],
  });
export type ProposeToTalent = z.infer<typeof proposeToTalentSchema>;
/** A talent proposes to an organisation, optionally with one of their accepted projects. */
export const proposeToOrganizationSchema = z.strictObject({
  organizationId: z.number().int().positive(),
  projectId: z.number().int().positive().nullable().default(null),
  note: z.string().trim().min(2).max(1000),
});
export type ProposeToOrganization = z.infer<typeof proposeToOrganizationSchema>;

export const LANDING_MAX = 10_000_000_000;
export const moveIntentionSchema = z
  .strictObject({
    status: z.enum(['accepted', 'declined', 'meeting', 'agreement', 'signed', 'withdrawn']),
    note: optionalText(1000),
    registeredCapital: z.number().int().min(0).max(LANDING_MAX).nullable().default(null).describe('落地签约: yuan'),
    investmentAmount: z.number().int().min(0).max(LANDING_MAX).nullable().default(null).describe('落地签约: yuan'),
    district: districtSchema.nullable().default(null).describe('落地签约: where it lands'),
  })
  .refine(
    (v) =>
      v.status !== 'signed' || (v.district !== null && (v.registeredCapital !== null || v.investmentAmount !== null)),
    {
      message: 'a landing agreement needs the district and the registered capital or the investment amount',
      path: ['district'],
    },
  );
export type MoveIntention = z.infer<typeof moveIntentionSchema>;
/** Staff record a step made offline, for either side. */
export const recordIntentionStepSchema = moveIntentionSchema;
export type RecordIntentionStep = z.infer<typeof recordIntentionStepSchema>;

/** Staff record an intention that began offline. */
export const createOfflineIntentionSchema = z
  .strictObject({
    organizationId: z.number().int().positive(),
    projectId: z.number().int().positive().nullable().default(null),
    talentUserId: z.number().int().positive().nullable().default(null),
    eventId: z.number().int().positive().nullable().default(null),
    note: z.string().trim().min(2).max(1000),
  })
  .refine((v) => v.projectId !== null || v.talentUserId !== null, {
    message: 'give a project or a talent',
    path: ['projectId'],
  });
export type CreateOfflineIntention = z.infer<typeof createOfflineIntentionSchema>;

export const intentionStepSchema = z.object({
  status: intentionStatusSchema,
  actor: z.object({ side: z.enum(['organization', 'talent', 'staff']), displayName: z.string() }),
  note: z.string().nullable(),
  offline: z.boolean().describe('Recorded by staff for a step made outside the portal'),
  at: z.iso.datetime(),
});
export type IntentionStep = z.infer<typeof intentionStepSchema>;

export const intentionSummarySchema = z.object({
  id: z.number().int(),
  status: intentionStatusSchema,
  source: z.enum(INTENTION_SOURCES),
  proposedBy: z.enum(INTENTION_SIDES),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  talent: z.object({ id: z.number().int(), displayName: z.string() }),
  project: z.object({ id: z.number().int(), name: z.string(), nameEn: z.string().nullable() }).nullable(),
  event: z.object({ id: z.number().int(), title: z.string(), titleEn: z.string().nullable() }).nullable(),
  challenge: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type IntentionSummary = z.infer<typeof intentionSummarySchema>;
export const intentionPageSchema = pageSchema(intentionSummarySchema);
export const intentionListQuerySchema = pageQuerySchema.extend({ status: intentionStatusSchema.optional() });
export const staffIntentionQuerySchema = intentionListQuerySchema.extend({
  eventId: z.coerce.number().int().positive().optional(),
});

/** Parties and staff only: the steps with their notes, and the landing facts. */
export const intentionDetailSchema = intentionSummarySchema.extend({
  mySide: z.enum(['organization', 'talent', 'staff']),
  allowedMoves: z.array(intentionStatusSchema).describe('What the caller may do next'),
  steps: z.array(intentionStepSchema),
  registeredCapital: z.number().int().nullable(),
  investmentAmount: z.number().int().nullable(),
  district: districtSchema.nullable(),
});
export type IntentionDetail = z.infer<typeof intentionDetailSchema>;
