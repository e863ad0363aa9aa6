import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { IntentionModule } from '../intention/intention.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { EventController, MyEventController, StaffEventController } from './event.controller';
import { EventRepository, RegistrationRepository } from './event.repository';
import { EventService } from './event.service';
import { RegistrationService } from './registration.service';
import { RoadshowRepository } from './roadshow.repository';
import { RoadshowService } from './roadshow.service';

/**
 * Events and roadshows: registrations with capacity and waitlist, check-in codes, running orders of shortlisted
 * projects and organisations' interest (which opens intentions). Projects are read through RoadshowRepository.
 */
@Module({
  imports: [AccountModule, AuditModule, NotificationModule, OrganizationModule, IntentionModule],
  controllers: [EventController, MyEventController, StaffEventController],
  providers: [
    EventRepository,
    RegistrationRepository,
    RoadshowRepository,
    EventService,
    RegistrationService,
    RoadshowService,
  ],
  // The event repository only for the demo seed, which fills past events regardless of their deadline.
  exports: [EventService, RegistrationService, RoadshowService, EventRepository],
})
export class EventModule {}
