import { Module } from '@nestjs/common';
import { IntentionService } from './intention.service';

/** 对接意向. Other features open intentions through IntentionService.open; this module imports no feature module. */
@Module({
  providers: [IntentionService],
  exports: [IntentionService],
})
export class IntentionModule {}
