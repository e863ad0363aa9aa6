import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { EventModule } from '../event/event.module';
import { EventService } from '../event/event.service';
import { JobModule } from '../job/job.module';
import { PositionService } from '../job/position.service';
import { LiveModule } from '../live/live.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { ParkModule } from '../park/park.module';
import { ParkService } from '../park/park.service';
import { PolicyModule } from '../policy/policy.module';
import { PolicyService } from '../policy/policy.service';
import { SearchModule } from '../search/search.module';
import { ConsultationService } from './consultation.service';
import { DeskAdminService } from './desk-admin.service';
import { DeskReminderService } from './desk-reminder.service';
import { ConsultationController, FaqController, StaffDeskController } from './desk.controller';
import { DeskRepository } from './desk.repository';
import { FaqService } from './faq.service';
import { SUBJECT_TITLES, type SubjectTitles } from './subject-titles';

/** 服务台: consultations with time limits counted in working days, and the FAQ made from their answers. */
@Module({
  imports: [
    AccountModule,
    AuditModule,
    NotificationModule,
    ModerationModule,
    OrganizationModule,
    SearchModule,
    LiveModule,
    PolicyModule,
    ParkModule,
    JobModule,
    EventModule,
  ],
  controllers: [ConsultationController, StaffDeskController, FaqController],
  providers: [
    DeskRepository,
    ConsultationService,
    FaqService,
    DeskAdminService,
    DeskReminderService,
    {
      provide: SUBJECT_TITLES,
      inject: [PolicyService, ParkService, PositionService, EventService],
      useFactory: (policies: PolicyService, parks: ParkService, positions: PositionService, events: EventService) =>
        ({
          policy: (id) => policies.publicTitle(id),
          park: (id) => parks.publicTitle(id),
          position: (id) => positions.publicTitle(id),
          event: (id) => events.publicTitle(id),
        }) satisfies SubjectTitles,
    },
  ],
  exports: [FaqService, DeskReminderService],
})
export class DeskModule {}
