import { z } from 'zod';
import { optionalText } from '../common/text';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema, partialWithoutDefaults } from '../common/pagination';
import { mainlandPhoneSchema } from '../organization/organization.schema';
import { AMOUNT_MAX } from '../policy/policy.schema';

export const FINANCE_KINDS = ['fund', 'loan', 'guarantee', 'insurance'] as const;
export const financeKindSchema = z.enum(FINANCE_KINDS);
export type FinanceKind = z.infer<typeof financeKindSchema>;
export const FINANCE_KIND_LABELS: Record<FinanceKind, Bilingual> = {
  fund: { zh: '投资基金', en: 'Investment fund' },
  loan: { zh: '人才贷款', en: 'Talent loan' },
  guarantee: { zh: '融资担保', en: 'Guarantee' },
  insurance: { zh: '科技保险', en: 'Insurance' },
};

export const financeInputObject = z.strictObject({
  name: z.string().trim().min(2).max(80),
  nameEn: optionalText(160),
  kind: financeKindSchema,
  providerOrganizationId: z.number().int().min(1).describe('The organisation that answers contact requests'),
  amountMin: z.number().int().min(0).max(AMOUNT_MAX).nullable().default(null),
  amountMax: z.number().int().min(0).max(AMOUNT_MAX).nullable().default(null),
  terms: z.string().trim().min(4).max(1000).describe('Rate, duration, collateral'),
  termsEn: optionalText(2000),
  audience: z.string().trim().min(4).max(500).describe('Who it is for'),
  audienceEn: optionalText(1000),
  summary: z.string().trim().min(10).max(300),
  summaryEn: optionalText(600),
});
export type FinanceInput = z.infer<typeof financeInputObject>;

/** Staff edit: any subset of the fields; a field left out keeps its value (no defaults fill in). */
export const updateFinanceSchema = partialWithoutDefaults(financeInputObject);
export type UpdateFinance = z.infer<typeof updateFinanceSchema>;

export const financeListQuerySchema = pageQuerySchema.extend({ kind: financeKindSchema.optional() });
export type FinanceListQuery = z.infer<typeof financeListQuerySchema>;

export const financeSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: financeKindSchema,
  provider: z.object({ id: z.number().int(), name: z.string() }),
  amountMin: z.number().int().nullable(),
  amountMax: z.number().int().nullable(),
  summary: z.string(),
  summaryEn: z.string().nullable(),
});
export type FinanceSummary = z.infer<typeof financeSummarySchema>;
export const financePageSchema = pageSchema(financeSummarySchema);

export const financeDetailSchema = financeSummarySchema.extend({
  terms: z.string(),
  termsEn: z.string().nullable(),
  audience: z.string(),
  audienceEn: z.string().nullable(),
});
export type FinanceDetail = z.infer<typeof financeDetailSchema>;

export const createContactRequestSchema = z.strictObject({
  message: z.string().trim().min(5).max(500),
  contactPhone: mainlandPhoneSchema,
  amountWanted: z.number().int().min(0).max(AMOUNT_MAX).nullable().default(null).describe('Yuan'),
});
export type CreateContactRequest = z.infer<typeof createContactRequestSchema>;

export const CONTACT_REQUEST_STATUSES = ['sent', 'answered', 'closed'] as const;
export const contactRequestStatusSchema = z.enum(CONTACT_REQUEST_STATUSES);
export type ContactRequestStatus = z.infer<typeof contactRequestStatusSchema>;
export const CONTACT_REQUEST_STATUS_LABELS: Record<ContactRequestStatus, Bilingual> = {
  sent: { zh: '已发送', en: 'Sent' },
  answered: { zh: '已答复', en: 'Answered' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const contactRequestSchema = z.object({
  id: z.number().int(),
  service: z.object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    providerName: z.string(),
  }),
  requester: z.object({ displayName: z.string(), contactPhone: z.string() }),
  message: z.string(),
  amountWanted: z.number().int().nullable(),
  status: contactRequestStatusSchema,
  reply: z.string().nullable(),
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;
export const contactRequestPageSchema = pageSchema(contactRequestSchema);
export const contactRequestListQuerySchema = pageQuerySchema.extend({ status: contactRequestStatusSchema.optional() });
export type ContactRequestListQuery = z.infer<typeof contactRequestListQuerySchema>;

export const answerContactRequestSchema = z.strictObject({
  reply: z.string().trim().min(2).max(1000),
  close: z.boolean().default(false).describe('Close the request with this answer'),
});
export type AnswerContactRequest = z.infer<typeof answerContactRequestSchema>;
