import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema } from '../common/pagination';
import { isValidUscc, normalizeUscc } from './uscc';

export const ORGANIZATION_TYPES = ['enterprise', 'park', 'university', 'investor', 'service'] as const;
export const organizationTypeSchema = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;
export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, Bilingual> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  park: { zh: '园区', en: 'Industrial park' },
  university: { zh: '高校/科研院所', en: 'University / institute' },
  investor: { zh: '投资机构', en: 'Investor' },
  service: { zh: '服务机构', en: 'Service body' },
};

export const ORGANIZATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export const organizationStatusSchema = z.enum(ORGANIZATION_STATUSES);
export type OrganizationStatus = z.infer<typeof organizationStatusSchema>;
export const ORGANIZATION_STATUS_LABELS: Record<OrganizationStatus, Bilingual> = {
  pending: { zh: '待审核', en: 'Pending review' },
  verified: { zh: '已认证', en: 'Verified' },
  rejected: { zh: '未通过', en: 'Rejected' },
};

export const usccSchema = z
  .string()
  .transform(normalizeUscc)
  .refine(isValidUscc, { message: 'not a valid unified social credit code (check character mismatch)' })
  .describe('统一社会信用代码, 18 characters, GB 32100-2015 check character');

export const mainlandPhoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'a mainland mobile number of 11 digits');

export const registerOrganizationSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  uscc: usccSchema,
  type: organizationTypeSchema,
  industry: z.string().trim().min(1).max(50),
  district: z.string().trim().min(1).max(30),
  contactName: z.string().trim().min(1).max(30),
  contactPhone: mainlandPhoneSchema,
});
export type RegisterOrganization = z.infer<typeof registerOrganizationSchema>;
export type RegisterOrganizationInput = z.input<typeof registerOrganizationSchema>;

export const organizationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  uscc: z.string(),
  type: organizationTypeSchema,
  industry: z.string(),
  district: z.string(),
  contactName: z.string(),
  /** Masked (138****1234) unless the caller is a member of the organisation or staff. */
  contactPhone: z.string(),
  status: organizationStatusSchema,
  rejectReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  verifiedAt: z.iso.datetime().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationPageSchema = pageSchema(organizationSchema);
export type OrganizationPage = z.infer<typeof organizationPageSchema>;

export const organizationQueueQuerySchema = pageQuerySchema.extend({
  status: organizationStatusSchema.default('pending'),
});
export type OrganizationQueueQuery = z.infer<typeof organizationQueueQuerySchema>;

/** verify, or reject with a reason the enterprise will read. */
export const verifyOrganizationSchema = z
  .strictObject({
    decision: z.enum(['verify', 'reject']),
    reason: z.string().trim().min(2).max(300).optional(),
  })
  .refine((v) => v.decision === 'verify' || v.reason !== undefined, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });
export type VerifyOrganization = z.infer<typeof verifyOrganizationSchema>;

export const idParamSchema = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
