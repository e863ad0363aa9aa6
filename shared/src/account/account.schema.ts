import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { localeSchema } from '../common/locale';
import { districtSchema, industrySchema } from '../taxonomy/taxonomy';
import { mainlandPhoneSchema, organizationStatusSchema } from '../organization/organization.schema';

export const ROLES = ['talent', 'enterprise', 'staff', 'admin', 'reviewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const ROLE_LABELS: Record<Role, Bilingual> = {
  talent: { zh: '人才', en: 'Talent' },
  enterprise: { zh: '企业/机构', en: 'Organisation' },
  staff: { zh: '服务中心工作人员', en: 'Service-center staff' },
  admin: { zh: '管理员', en: 'Administrator' },
  reviewer: { zh: '评审专家', en: 'Expert reviewer' },
};

export const DEGREES = ['bachelor', 'master', 'phd', 'postdoc', 'other'] as const;
export const degreeSchema = z.enum(DEGREES);
export type Degree = z.infer<typeof degreeSchema>;
export const DEGREE_LABELS: Record<Degree, Bilingual> = {
  bachelor: { zh: '学士', en: "Bachelor's" },
  master: { zh: '硕士', en: "Master's" },
  phd: { zh: '博士', en: 'PhD' },
  postdoc: { zh: '博士后', en: 'Postdoc' },
  other: { zh: '其他', en: 'Other' },
};

export const INTENTS = ['job', 'startup', 'both'] as const;
export const intentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof intentSchema>;
export const INTENT_LABELS: Record<Intent, Bilingual> = {
  job: { zh: '求职', en: 'Looking for a job' },
  startup: { zh: '创业', en: 'Starting a business' },
  both: { zh: '求职与创业', en: 'Job and startup' },
};

export const PROFILE_VISIBILITIES = ['public', 'verified_orgs', 'private'] as const;
export const profileVisibilitySchema = z.enum(PROFILE_VISIBILITIES);
export type ProfileVisibility = z.infer<typeof profileVisibilitySchema>;
export const PROFILE_VISIBILITY_LABELS: Record<ProfileVisibility, Bilingual> = {
  public: { zh: '公开简要信息', en: 'Summary visible to everyone' },
  verified_orgs: { zh: '仅认证机构可见', en: 'Verified organisations only' },
  private: { zh: '仅自己和我申请的机构可见', en: 'Only me and organisations I apply to' },
};

export const DEV_PERSONAS = [
  'talent',
  'enterprise',
  'enterprise_unverified',
  'staff',
  'admin',
  'provider',
  'reviewer',
] as const;
export const devPersonaSchema = z.enum(DEV_PERSONAS);
export type DevPersona = z.infer<typeof devPersonaSchema>;
export const DEV_PERSONA_LABELS: Record<DevPersona, Bilingual> = {
  talent: { zh: '人才（海归博士）', en: 'Talent (returnee PhD)' },
  enterprise: { zh: '企业（已认证）', en: 'Enterprise (verified)' },
  enterprise_unverified: { zh: '企业（待认证）', en: 'Enterprise (not yet verified)' },
  staff: { zh: '服务中心工作人员', en: 'Service-center staff' },
  admin: { zh: '管理员', en: 'Administrator' },
  provider: { zh: '金融机构（园区运营方）', en: 'Finance provider (park operator)' },
  reviewer: { zh: '评审专家', en: 'Expert reviewer' },
};

export const USERNAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_.-]{3,31}$/;
export const PASSWORD_MIN = 10;

export const usernameSchema = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, '4–32 letters, digits, _ . -, starting with a letter');

/** At least 10 characters with letters and digits; the server also refuses one containing the username. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'must contain letters and digits' });

export const passwordLoginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type PasswordLogin = z.infer<typeof passwordLoginSchema>;

export const wechatLoginSchema = z.strictObject({
  code: z.string().trim().min(1).max(128).describe('The code from wx.login'),
});

export const devLoginSchema = z.strictObject({ persona: devPersonaSchema });

export const refreshSchema = z.strictObject({ refreshToken: z.string().min(20).max(200) });

export const registerAccountSchema = z.strictObject({
  username: usernameSchema,
  password: newPasswordSchema,
  role: z.enum(['talent', 'enterprise']),
  displayName: z.string().trim().min(1).max(40),
});
export type RegisterAccount = z.infer<typeof registerAccountSchema>;

export const consentStateSchema = z.object({ policyVersion: z.string(), grantedAt: z.iso.datetime() });

export const meSchema = z.object({
  id: z.number().int(),
  role: roleSchema,
  displayName: z.string(),
  username: z.string().nullable(),
  /** The owner's own number, in full; null when none was given. */
  phone: z.string().nullable(),
  locale: localeSchema,
  consent: consentStateSchema.nullable().describe('The privacy-policy consent on record, if any'),
  /** Whether the current policy version has been accepted. */
  consentCurrent: z.boolean(),
  organization: z.object({ id: z.number().int(), name: z.string(), status: organizationStatusSchema }).nullable(),
  hasTalentProfile: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const authTokensSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.iso.datetime(),
  user: meSchema,
});
export type AuthTokens = z.infer<typeof authTokensSchema>;

export const privacyPolicySchema = z.object({
  version: z.string(),
  effectiveDate: z.string(),
  zh: z.string().describe('HTML'),
  en: z.string().describe('HTML'),
});
export type PrivacyPolicy = z.infer<typeof privacyPolicySchema>;

export const consentSchema = z.strictObject({ policyVersion: z.string().min(1).max(20) });

export const updateMeSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(40).optional(),
  locale: localeSchema.optional(),
});

/** Exactly one of: the code from WeChat's getPhoneNumber, or a number the user typed. */
export const phoneUpdateSchema = z
  .strictObject({
    wechatCode: z.string().trim().min(1).max(128).optional().describe('The code from getPhoneNumber'),
    phone: mainlandPhoneSchema.optional(),
  })
  .refine((v) => (v.wechatCode === undefined) !== (v.phone === undefined), {
    message: 'give either wechatCode or phone',
    path: ['phone'],
  });
export type PhoneUpdate = z.infer<typeof phoneUpdateSchema>;

const currentYear = new Date().getUTCFullYear();

export const talentProfileInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  nationality: z.string().trim().min(2).max(40),
  studyCountry: z.string().trim().min(2).max(40).describe('Country or region of study'),
  degree: degreeSchema,
  school: z.string().trim().min(2).max(100),
  major: z.string().trim().min(1).max(60),
  field: z.string().trim().min(1).max(40),
  returnYear: z
    .number()
    .int()
    .min(1978)
    .max(currentYear + 2)
    .nullable(),
  intent: intentSchema,
  visibility: profileVisibilitySchema.default('private'),
  birthYear: z
    .number()
    .int()
    .min(1940)
    .max(currentYear - 16)
    .nullable()
    .default(null)
    .describe('For age limits in policies'),
  yearsAbroad: z.number().int().min(0).max(60).nullable().default(null).describe('Years of study or work abroad'),
  industry: industrySchema.nullable().default(null),
  district: districtSchema.nullable().default(null).describe('District where the talent works or registers a company'),
});
export type TalentProfileInput = z.infer<typeof talentProfileInputSchema>;

export const CV_MAX_BYTES = 5 * 1024 * 1024;

export const talentProfileSchema = talentProfileInputSchema.extend({
  cv: z.object({ fileName: z.string(), size: z.number().int(), uploadedAt: z.iso.datetime() }).nullable(),
  updatedAt: z.iso.datetime(),
});
export type TalentProfile = z.infer<typeof talentProfileSchema>;

export const createStaffSchema = z.strictObject({
  username: usernameSchema,
  password: newPasswordSchema,
  displayName: z.string().trim().min(1).max(40),
  role: z.enum(['staff', 'admin', 'reviewer']).default('staff'),
});
export type CreateStaff = z.infer<typeof createStaffSchema>;

export const staffAccountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});

/** Masks all but the first three and last four digits: 13812341234 → 138****1234. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** "Download my data": everything stored about the signed-in user. */
export const myDataExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  account: z.object({
    id: z.number().int(),
    role: roleSchema,
    username: z.string().nullable(),
    displayName: z.string(),
    phone: z.string().nullable(),
    locale: localeSchema,
    wechatLinked: z.boolean(),
    createdAt: z.iso.datetime(),
  }),
  consents: z.array(consentStateSchema),
  talentProfile: talentProfileInputSchema
    .extend({
      cv: z.object({ fileName: z.string().nullable(), size: z.number().int().nullable() }).nullable(),
      updatedAt: z.iso.datetime(),
    })
    .nullable(),
  organization: z
    .object({ id: z.number().int(), name: z.string(), uscc: z.string(), status: organizationStatusSchema })
    .nullable(),
  sessions: z.array(z.object({ createdAt: z.iso.datetime(), expiresAt: z.iso.datetime(), revoked: z.boolean() })),
  activity: z.array(
    z.object({ action: z.string(), entityType: z.string(), entityId: z.string(), at: z.iso.datetime() }),
  ),
  savedPolicies: z.array(z.object({ policyId: z.number().int(), title: z.string(), savedAt: z.iso.datetime() })),
  savedPositions: z.array(z.object({ positionId: z.number().int(), title: z.string(), savedAt: z.iso.datetime() })),
  visitBookings: z.array(
    z.object({
      park: z.string(),
      startsAt: z.iso.datetime(),
      partySize: z.number().int(),
      contactPhone: z.string(),
      message: z.string().nullable(),
      status: z.string(),
      createdAt: z.iso.datetime(),
    }),
  ),
  financeRequests: z.array(
    z.object({
      service: z.string(),
      message: z.string(),
      contactPhone: z.string(),
      amountWanted: z.number().int().nullable(),
      status: z.string(),
      reply: z.string().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  applications: z.array(
    z.object({
      position: z.string(),
      organization: z.string(),
      status: z.string(),
      message: z.string(),
      history: z.array(z.object({ status: z.string(), message: z.string().nullable(), at: z.iso.datetime() })),
      createdAt: z.iso.datetime(),
    }),
  ),
  /** The talent's projects as registered (the shape of a project record; enums as plain strings, scores left out). */
  projects: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      nameEn: z.string().nullable(),
      field: industrySchema,
      originRegion: z.string(),
      teamSize: z.number().int(),
      leaderDegree: degreeSchema,
      stage: z.string(),
      financingNeed: z.number().int().nullable(),
      seeks: z.array(z.string()),
      summary: z.string(),
      summaryEn: z.string().nullable(),
      details: z.string(),
      detailsEn: z.string().nullable(),
      contact: z.string(),
      visibility: z.string(),
      status: z.string(),
      statusReason: z.string().nullable(),
      pitchDeck: z.object({ fileName: z.string(), size: z.number().int() }).nullable(),
      history: z.array(z.object({ action: z.string(), reason: z.string().nullable(), at: z.iso.datetime() })),
      submittedAt: z.iso.datetime().nullable(),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
  ),
  /** Intentions where the user is the talent side (summaries; the steps' notes stay in the portal). */
  intentions: z.array(
    z.object({
      id: z.number().int(),
      status: z.string(),
      source: z.string(),
      proposedBy: z.string(),
      organization: z.object({ id: z.number().int(), name: z.string() }),
      talent: z.object({ id: z.number().int(), displayName: z.string() }),
      project: z.object({ id: z.number().int(), name: z.string(), nameEn: z.string().nullable() }).nullable(),
      event: z.object({ id: z.number().int(), title: z.string() }).nullable(),
      challenge: z.object({ id: z.number().int(), title: z.string() }).nullable(),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
  ),
  /** Event registrations, cancelled ones included (the check-in code is left out: it only opens a door). */
  eventRegistrations: z.array(
    z.object({
      eventId: z.number().int(),
      event: z.string(),
      startsAt: z.iso.datetime(),
      status: z.string(),
      checkedInAt: z.iso.datetime().nullable(),
      cancelledAt: z.iso.datetime().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  /** Proposals sent in answer to enterprises' challenges, withdrawn ones included. */
  challengeResponses: z.array(
    z.object({
      challengeId: z.number().int(),
      challenge: z.string().nullable(),
      proposal: z.string(),
      projectId: z.number().int().nullable(),
      status: z.string(),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
  ),
  /** The in-app inbox, as each message was written in both languages. */
  notifications: z.array(
    z.object({
      kind: z.string(),
      titleZh: z.string(),
      titleEn: z.string(),
      bodyZh: z.string(),
      bodyEn: z.string(),
      readAt: z.iso.datetime().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  /** Questions asked to the service station, with the messages the person wrote and the names of their files. */
  consultations: z.array(
    z.object({
      id: z.number().int(),
      category: z.string(),
      subject: z.string(),
      body: z.string(),
      status: z.string(),
      answerLocale: z.string(),
      createdAt: z.iso.datetime(),
      resolvedAt: z.iso.datetime().nullable(),
      rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
      messages: z.array(z.object({ body: z.string(), createdAt: z.iso.datetime() })),
      attachments: z.array(z.string()),
    }),
  ),
});
export type MyDataExport = z.infer<typeof myDataExportSchema>;
