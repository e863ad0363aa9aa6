import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { JobModule } from '../job/job.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { ApplyController, MyApplicationController, OrgApplicationController } from './application.controller';
import { ApplicationRepository } from './application.repository';
import { ApplicationService } from './application.service';

@Module({
  imports: [AccountModule, AuditModule, NotificationModule, OrganizationModule, JobModule],
  controllers: [ApplyController, MyApplicationController, OrgApplicationController],
  providers: [ApplicationRepository, ApplicationService],
  exports: [ApplicationService],
})
export class ApplicationModule {}
