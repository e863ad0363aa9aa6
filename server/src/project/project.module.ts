import { Module } from '@nestjs/common';

/** Filled in by the project feature. */
@Module({})
export class ProjectModule {}
