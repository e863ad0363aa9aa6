import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { AnnouncementController, StaffAnnouncementController } from './announcement.controller';
import { AnnouncementRepository } from './announcement.repository';
import { AnnouncementService } from './announcement.service';

@Module({
  imports: [SearchModule],
  controllers: [AnnouncementController, StaffAnnouncementController],
  providers: [AnnouncementRepository, AnnouncementService],
  exports: [AnnouncementService, AnnouncementRepository],
})
export class AnnouncementModule {}
