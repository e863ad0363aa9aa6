import { Module } from '@nestjs/common';
import { AnnouncementController } from './announcement.controller';
import { AnnouncementRepository } from './announcement.repository';
import { AnnouncementService } from './announcement.service';

@Module({
  controllers: [AnnouncementController],
  providers: [AnnouncementRepository, AnnouncementService],
  exports: [AnnouncementService, AnnouncementRepository],
})
export class AnnouncementModule {}
