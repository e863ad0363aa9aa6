import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthCheck } from '@ihaigui/shared';
import { DatabaseAvailability } from '../common/db/availability';
import { RedisAvailability } from '../common/redis/redis.module';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisAvailability,
    private readonly availability: DatabaseAvailability,
  ) {}

  private draining = false;

  /** Shutting down: readiness answers 503 so load balancers stop sending traffic, while requests are still served. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  live(): HealthCheck {
    return { status: 'ok', checks: {} };
  }

  /**
   * Ready when the database answers. Redis is optional: while a configured Redis is away the instance keeps serving
   * with per-instance fallbacks, so readiness stays 200 and reports Redis as 'degraded'.
   */
  async ready(): Promise<HealthCheck> {
    if (this.draining) return { status: 'error', checks: { shutdown: 'down' } };
    const database = await withTimeout(this.dataSource.query('SELECT 1'))
      .then(() => {
        this.availability.reportSuccess();
        return 'up' as const;
      })
      .catch((err: unknown) => {
        this.availability.reportFailure(err);
        return 'down' as const;
      });
    const redis = await this.redis.check();
    return { status: database === 'up' ? 'ok' : 'error', checks: { database, redis } };
  }
}
