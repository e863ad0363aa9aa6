import { Module } from '@nestjs/common';
import { IntentionController, MyIntentionController, OrgIntentionController, StaffIntentionController } from './intention.controller';
import { IntentionRepository } from './intention.repository';
import { IntentionService } from './intention.service';

/** 对接意向. Other features open intentions through IntentionService.open; this module imports no feature module. */
@Module({
  controllers: [OrgIntentionController, MyIntentionController, IntentionController, StaffIntentionController],
  providers: [IntentionRepository, IntentionService],
  exports: [IntentionService, IntentionRepository],
})
export class IntentionModule {}
