import { Module } from '@nestjs/common';
import { AnnouncementModule } from '../announcement/announcement.module';
import { OrganizationModule } from '../organization/organization.module';
import { DemoPersonasSeed } from './demo-personas.seed';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({ imports: [AnnouncementModule, OrganizationModule], providers: [SeedRepository, SeedService, DemoPersonasSeed], exports: [SeedService] })
export class SeedModule {}
