import { Module } from '@nestjs/common';
import { AnnouncementController, StaffAnnouncementController } from './announcement.controller';
import { AnnouncementRepository } from './announcement.repository';
import { AnnouncementService } from './announcement.service';

@Module({
  controllers: [AnnouncementController, StaffAnnouncementController],
  providers: [AnnouncementRepository, AnnouncementService],
  exports: [AnnouncementService, AnnouncementRepository],
})
export class AnnouncementModule {}
