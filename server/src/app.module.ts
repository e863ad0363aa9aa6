import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import type { Clock } from './common/clock';
import type { AppConfig } from './common/config/config';
import { CoreModule } from './common/config/core.module';
import { DatabaseModule } from './common/db/database.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { RedisModule } from './common/redis/redis.module';
import { AnnouncementModule } from './announcement/announcement.module';
import { AuditModule } from './audit/audit.module';
import { HealthModule } from './health/health.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        DatabaseModule.forRoot(config),
        RedisModule,
        AuditModule,
        HealthModule,
        AnnouncementModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
