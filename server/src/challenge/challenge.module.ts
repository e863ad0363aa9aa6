import { Module } from '@nestjs/common';
import { IntentionModule } from '../intention/intention.module';
import { ModerationModule } from '../moderation/moderation.module';
import { ChallengeResponseService } from './challenge-response.service';
import { ChallengeController, MyChallengeResponseController, OrgChallengeController, StaffChallengeController } from './challenge.controller';
import { ChallengeRepository, ChallengeResponseRepository } from './challenge.repository';
import { ChallengeService } from './challenge.service';

/** 揭榜挂帅: published through the moderation workflow (as positions are); a pick opens an intention. */
@Module({
  imports: [ModerationModule, IntentionModule],
  controllers: [ChallengeController, MyChallengeResponseController, OrgChallengeController, StaffChallengeController],
  providers: [ChallengeRepository, ChallengeResponseRepository, ChallengeService, ChallengeResponseService],
  exports: [ChallengeService, ChallengeRepository],
})
export class ChallengeModule {}
