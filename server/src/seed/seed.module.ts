import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { AnnouncementModule } from '../announcement/announcement.module';
import { OrganizationModule } from '../organization/organization.module';
import { DemoExpertSeed, DemoPersonasSeed } from './demo-personas.seed';
import { DemoProjectsSeed } from './demo-projects.seed';
import { ProjectModule } from '../project/project.module';
import { DemoPoliciesSeed } from './demo-policies.seed';
import { PolicyModule } from '../policy/policy.module';
import { ParkModule } from '../park/park.module';
import { FinanceModule } from '../finance/finance.module';
import { DemoParksFinanceSeed } from './demo-parks-finance.seed';
import { DemoPositionsSeed } from './demo-positions.seed';
import { DemoEventsSeed } from './demo-events.seed';
import { EventModule } from '../event/event.module';
import { JobModule } from '../job/job.module';
import { ChallengeModule } from '../challenge/challenge.module';
import { IntentionModule } from '../intention/intention.module';
import { ModerationModule } from '../moderation/moderation.module';
import { DemoChallengesSeed } from './demo-challenges.seed';
import { DeskModule } from '../desk/desk.module';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({
  imports: [
    AccountModule,
    AuditModule,
    AnnouncementModule,
    OrganizationModule,
    PolicyModule,
    ParkModule,
    FinanceModule,
    JobModule,
    ProjectModule,
    EventModule,
    ChallengeModule,
    IntentionModule,
    ModerationModule,
    DeskModule,
  ],
  providers: [
    SeedRepository,
    SeedService,
    DemoPersonasSeed,
    DemoPoliciesSeed,
    DemoParksFinanceSeed,
    DemoPositionsSeed,
    DemoExpertSeed,
    DemoProjectsSeed,
    DemoEventsSeed,
    DemoChallengesSeed,
  ],
  exports: [SeedService],
})
export class SeedModule {}
