import type { DevPersona } from '@ihaigui/shared';

/** Usernames of the seeded demo personas the dev login signs in as. */
export const DEMO_PERSONA_USERNAMES: Record<DevPersona, string> = {
  talent: 'demo_talent',
  enterprise: 'demo_enterprise',
  enterprise_unverified: 'demo_enterprise_new',
  staff: 'demo_staff',
  admin: 'demo_admin',
  provider: 'demo_provider',
  reviewer: 'demo_expert',
};

/** Password of every demo persona; seeded only outside production. */
export const DEMO_PASSWORD = 'ihaigui2026demo';
