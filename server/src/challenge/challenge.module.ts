import { Module } from '@nestjs/common';

/** Filled in by the challenge feature. */
@Module({})
export class ChallengeModule {}
