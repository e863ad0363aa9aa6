import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { IntentionModule } from '../intention/intention.module';
import { JobModule } from '../job/job.module';
import { NotificationModule } from '../notification/notification.module';
import { ChallengeResponseService } from './challenge-response.service';
import { ChallengeController, MyChallengeResponseController, OrgChallengeController, StaffChallengeController } from './challenge.controller';
import { ChallengeRepository, ChallengeResponseRepository } from './challenge.repository';
import { ChallengeService } from './challenge.service';

/** 揭榜挂帅: the content check comes from JobModule (the same client positions use); a pick opens an intention. */
@Module({
  imports: [AccountModule, AuditModule, NotificationModule, JobModule, IntentionModule],
  controllers: [ChallengeController, MyChallengeResponseController, OrgChallengeController, StaffChallengeController],
  providers: [ChallengeRepository, ChallengeResponseRepository, ChallengeService, ChallengeResponseService],
  exports: [ChallengeService],
})
export class ChallengeModule {}
