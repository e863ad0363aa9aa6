import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthCheck } from '@ihaigui/shared';
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
  ) {}

  live(): HealthCheck {
    return { status: 'ok', checks: {} };
  }

  /**
   * Ready when the database answers. Redis is optional: while a configured Redis is away the instance keeps serving
   * with per-instance fallbacks, so readiness stays 200 and reports Redis as 'degraded'.
   */
  async ready(): Promise<HealthCheck> {
    const database = await withTimeout(this.dataSource.query('SELECT 1'))
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const redis = await this.redis.check();
    return { status: database === 'up' ? 'ok' : 'error', checks: { database, redis } };
  }
}
