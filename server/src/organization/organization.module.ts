import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationController, StaffOrganizationController } from './organization.controller';
import { OrganizationRepository } from './organization.repository';
import { OrganizationService } from './organization.service';

@Module({
  imports: [AuditModule],
  controllers: [OrganizationController, StaffOrganizationController],
  providers: [OrganizationRepository, OrganizationService],
  exports: [OrganizationService, OrganizationRepository], // the repository for the demo seed's organisations only
})
export class OrganizationModule {}
