import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { IntentionModule } from '../intention/intention.module';
import { NotificationModule } from '../notification/notification.module';
import { ModerationModule } from '../moderation/moderation.module';
import { ChallengeResponseService } from './challenge-response.service';
import {
  ChallengeController,
  MyChallengeResponseController,
  OrgChallengeController,
  StaffChallengeController,
} from './challenge.controller';
import { ChallengeRepository, ChallengeResponseRepository } from './challenge.repository';
import { ChallengeService } from './challenge.service';

/** 揭榜挂帅: published through the moderation workflow (as positions are); a pick opens an intention. */
@Module({
  imports: [AccountModule, AuditModule, NotificationModule, ModerationModule, IntentionModule],
  controllers: [ChallengeController, MyChallengeResponseController, OrgChallengeController, StaffChallengeController],
  providers: [ChallengeRepository, ChallengeResponseRepository, ChallengeService, ChallengeResponseService],
  exports: [ChallengeService, ChallengeRepository],
})
export class ChallengeModule {}
