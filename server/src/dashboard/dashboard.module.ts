import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The staff dashboard: reads the other features' tables, writes nothing but its audit entries. */
@Module({
  imports: [AuditModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
