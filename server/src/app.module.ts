import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import type { Clock } from './common/clock';
import type { AppConfig } from './common/config/config';
import { CoreModule } from './common/config/core.module';
import { DatabaseModule } from './common/db/database.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { RedisModule } from './common/redis/redis.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { AccessGuard } from './common/auth/access.guard';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard';
import { AccountModule } from './account/account.module';
import { AdminModule } from './admin/admin.module';
import { AnnouncementModule } from './announcement/announcement.module';
import { OrganizationModule } from './organization/organization.module';
import { AuditModule } from './audit/audit.module';
import { HealthModule } from './health/health.module';
import { SeedModule } from './seed/seed.module';
import { SearchModule } from './search/search.module';
import { ParkModule } from './park/park.module';
import { FinanceModule } from './finance/finance.module';
import { PolicyModule } from './policy/policy.module';
import { NotificationModule } from './notification/notification.module';
import { ApplicationModule } from './application/application.module';
import { JobModule } from './job/job.module';
import { ProjectModule } from './project/project.module';
import { EventModule } from './event/event.module';
import { ChallengeModule } from './challenge/challenge.module';
import { IntentionModule } from './intention/intention.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DeskModule } from './desk/desk.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        DatabaseModule.forRoot(config),
        RedisModule,
        RateLimitModule,
        IdempotencyModule,
        AuditModule,
        HealthModule,
        AccountModule,
        OrganizationModule,
        AnnouncementModule,
        PolicyModule,
        AdminModule,
        ParkModule,
        FinanceModule,
        JobModule,
        SearchModule,
        NotificationModule,
        ApplicationModule,
        IntentionModule,
        ProjectModule,
        EventModule,
        ChallengeModule,
        DashboardModule,
        DeskModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        // Outermost first: a replayed answer is the serialized answer of the first request.
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Order matters: a flood is turned away before any token or database work.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
