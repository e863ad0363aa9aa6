import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import {
  IntentionController,
  MyIntentionController,
  OrgIntentionController,
  StaffIntentionController,
} from './intention.controller';
import { IntentionRepository } from './intention.repository';
import { IntentionService } from './intention.service';

/** 对接意向. Other features open intentions through IntentionService.open; it imports no feature that opens them. */
@Module({
  imports: [AccountModule, AuditModule, NotificationModule, OrganizationModule],
  controllers: [OrgIntentionController, MyIntentionController, IntentionController, StaffIntentionController],
  providers: [IntentionRepository, IntentionService],
  exports: [IntentionService, IntentionRepository],
})
export class IntentionModule {}
