import { Module } from '@nestjs/common';
import { AnnouncementModule } from '../announcement/announcement.module';
import { OrganizationModule } from '../organization/organization.module';
import { DemoPersonasSeed } from './demo-personas.seed';
import { DemoPoliciesSeed } from './demo-policies.seed';
import { PolicyModule } from '../policy/policy.module';
import { ParkModule } from '../park/park.module';
import { FinanceModule } from '../finance/finance.module';
import { DemoParksFinanceSeed } from './demo-parks-finance.seed';
import { DemoPositionsSeed } from './demo-positions.seed';
import { JobModule } from '../job/job.module';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({ imports: [AnnouncementModule, OrganizationModule, PolicyModule, ParkModule, FinanceModule, JobModule], providers: [SeedRepository, SeedService, DemoPersonasSeed, DemoPoliciesSeed, DemoParksFinanceSeed, DemoPositionsSeed], exports: [SeedService] })
export class SeedModule {}
