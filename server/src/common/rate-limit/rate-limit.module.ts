import { Global, Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit';

/** The rate-limit counters, shared by the guard and by features that count on their own (failed sign-ins). */
@Global()
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitModule {}
