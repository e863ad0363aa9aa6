import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationModule } from '../organization/organization.module';
import { SearchModule } from '../search/search.module';
import { ContactRequestService } from './contact-request.service';
import {
  FinanceController,
  HostContactRequestController,
  MyContactRequestController,
  StaffFinanceController,
} from './finance.controller';
import { ContactRequestRepository, FinanceRepository } from './finance.repository';
import { FinanceService } from './finance.service';

@Module({
  imports: [AccountModule, AuditModule, OrganizationModule, SearchModule],
  controllers: [FinanceController, MyContactRequestController, HostContactRequestController, StaffFinanceController],
  providers: [FinanceRepository, ContactRequestRepository, FinanceService, ContactRequestService],
  exports: [FinanceService, ContactRequestService],
})
export class FinanceModule {}
