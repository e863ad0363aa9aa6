import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { SearchModule } from '../search/search.module';
import { HostVisitBookingController, MyVisitBookingController, ParkController, StaffParkController } from './park.controller';
import { ParkRepository, VisitBookingRepository } from './park.repository';
import { ParkService } from './park.service';
import { VisitBookingService } from './visit-booking.service';

@Module({
  imports: [OrganizationModule, SearchModule],
  controllers: [ParkController, MyVisitBookingController, HostVisitBookingController, StaffParkController],
  providers: [ParkRepository, VisitBookingRepository, ParkService, VisitBookingService],
  exports: [ParkService, VisitBookingService, ParkRepository],
})
export class ParkModule {}
