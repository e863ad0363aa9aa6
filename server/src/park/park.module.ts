import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationModule } from '../organization/organization.module';
import { SearchModule } from '../search/search.module';
import {
  HostVisitBookingController,
  MyVisitBookingController,
  ParkController,
  StaffParkController,
} from './park.controller';
import { ParkRepository, VisitBookingRepository } from './park.repository';
import { ParkService } from './park.service';
import { VisitBookingService } from './visit-booking.service';

@Module({
  imports: [AccountModule, AuditModule, OrganizationModule, SearchModule],
  controllers: [ParkController, MyVisitBookingController, HostVisitBookingController, StaffParkController],
  providers: [ParkRepository, VisitBookingRepository, ParkService, VisitBookingService],
  exports: [ParkService, VisitBookingService],
})
export class ParkModule {}
