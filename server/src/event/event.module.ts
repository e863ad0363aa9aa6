import { Module } from '@nestjs/common';

/** Filled in by the event feature. */
@Module({})
export class EventModule {}
