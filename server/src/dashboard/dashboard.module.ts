import { Module } from '@nestjs/common';

/** Filled in by the dashboard feature. */
@Module({})
export class DashboardModule {}
