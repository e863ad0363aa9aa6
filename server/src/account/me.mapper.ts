import type { Me } from '@ihaigui/shared';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { ConsentEntity } from './consent.entity';
import { PRIVACY_POLICY_VERSION } from './privacy-policy';
import type { UserEntity } from './user.entity';

export function toMe(
  user: UserEntity,
  consent: ConsentEntity | null,
  org: OrganizationEntity | null,
  hasTalentProfile: boolean,
): Me {
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    username: user.username,
    phone: user.phone,
    locale: user.locale,
    consent: consent ? { policyVersion: consent.policyVersion, grantedAt: consent.grantedAt.toISOString() } : null,
    consentCurrent: consent?.policyVersion === PRIVACY_POLICY_VERSION,
    organization: org ? { id: org.id, name: org.name, status: org.status } : null,
    hasTalentProfile,
  };
}
