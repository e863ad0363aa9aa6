import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SearchModule } from '../search/search.module';
import { AnnouncementController, StaffAnnouncementController } from './announcement.controller';
import { AnnouncementRepository } from './announcement.repository';
import { AnnouncementService } from './announcement.service';

@Module({
  imports: [AuditModule, SearchModule],
  controllers: [AnnouncementController, StaffAnnouncementController],
  providers: [AnnouncementRepository, AnnouncementService],
  exports: [AnnouncementService],
})
export class AnnouncementModule {}
