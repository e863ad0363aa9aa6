import { AnnouncementEntity } from '../../announcement/announcement.entity';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { ConsentEntity } from '../../account/consent.entity';
import { RefreshTokenEntity } from '../../account/refresh-token.entity';
import { TalentProfileEntity } from '../../account/talent-profile.entity';
import { UserEntity } from '../../account/user.entity';
import { OrganizationEntity } from '../../organization/organization.entity';
import { OrganizationMemberEntity } from '../../organization/organization-member.entity';
import { FavoriteEntity } from '../../favorite/favorite.entity';
import { ContactRequestEntity, FinanceServiceEntity } from '../../finance/finance.entity';
import { ParkEntity, VisitBookingEntity, VisitSlotEntity } from '../../park/park.entity';
import { PolicyAttachmentEntity, PolicyEntity } from '../../policy/policy.entity';
import { SearchDocumentEntity, SearchTermEntity } from '../../search/search.entity';
import { ApplicationEntity, ApplicationEventEntity } from '../../application/application.entity';
import { PositionChannelStatEntity, PositionEntity } from '../../job/position.entity';
import { NotificationEntity, WechatSubscriptionEntity } from '../../notification/notification.entity';
import { ProjectEntity, ProjectHistoryEntity, ProjectReviewEntity } from '../../project/project.entity';
import {
  EventEntity,
  EventRegistrationEntity,
  RoadshowInterestEntity,
  RoadshowSlotEntity,
} from '../../event/event.entity';
import { ChallengeEntity, ChallengeResponseEntity } from '../../challenge/challenge.entity';
import { IntentionEntity, IntentionStepEntity } from '../../intention/intention.entity';
import { PolicyViewDayEntity } from '../../policy/policy-view-day.entity';
import { OutboxMessageEntity } from '../../outbox/outbox.entity';
import { SeedHistoryEntity } from '../../seed/seed-history.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { DESK_ENTITIES } from '../../desk/desk.entity';

export const ENTITIES = [
  AnnouncementEntity,
  AuditLogEntity,
  SeedHistoryEntity,
  IdempotencyKeyEntity,
  UserEntity,
  ConsentEntity,
  RefreshTokenEntity,
  TalentProfileEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  PolicyEntity,
  PolicyAttachmentEntity,
  FavoriteEntity,
  ParkEntity,
  VisitSlotEntity,
  VisitBookingEntity,
  FinanceServiceEntity,
  ContactRequestEntity,
  SearchDocumentEntity,
  SearchTermEntity,
  PositionEntity,
  PositionChannelStatEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  NotificationEntity,
  WechatSubscriptionEntity,
  ProjectEntity,
  ProjectHistoryEntity,
  ProjectReviewEntity,
  EventEntity,
  EventRegistrationEntity,
  RoadshowSlotEntity,
  RoadshowInterestEntity,
  ChallengeEntity,
  ChallengeResponseEntity,
  IntentionEntity,
  IntentionStepEntity,
  PolicyViewDayEntity,
  OutboxMessageEntity,
  ...DESK_ENTITIES,
];
