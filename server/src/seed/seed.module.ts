import { Module } from '@nestjs/common';
import { AnnouncementModule } from '../announcement/announcement.module';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({ imports: [AnnouncementModule], providers: [SeedRepository, SeedService], exports: [SeedService] })
export class SeedModule {}
