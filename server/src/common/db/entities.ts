import { AnnouncementEntity } from '../../announcement/announcement.entity';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { ConsentEntity } from '../../account/consent.entity';
import { RefreshTokenEntity } from '../../account/refresh-token.entity';
import { TalentProfileEntity } from '../../account/talent-profile.entity';
import { UserEntity } from '../../account/user.entity';
import { OrganizationEntity } from '../../organization/organization.entity';
import { OrganizationMemberEntity } from '../../organization/organization-member.entity';
import { SeedHistoryEntity } from '../../seed/seed-history.entity';

export const ENTITIES = [
  AnnouncementEntity,
  AuditLogEntity,
  SeedHistoryEntity,
  UserEntity,
  ConsentEntity,
  RefreshTokenEntity,
  TalentProfileEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
];
