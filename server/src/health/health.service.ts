import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthCheck } from '@ihaigui/shared';
import { REDIS, type RedisClient } from '../common/redis/redis.module';

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
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  live(): HealthCheck {
    return { status: 'ok', checks: {} };
  }

  /** Ready when the database answers (and Redis, when configured). */
  async ready(): Promise<HealthCheck> {
    const database = await withTimeout(this.dataSource.query('SELECT 1'))
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    let redis: 'up' | 'down' | 'disabled' = 'disabled';
    if (this.redis) {
      redis = await withTimeout(this.redis.ping())
        .then(() => 'up' as const)
        .catch(() => 'down' as const);
    }
    const ok = database === 'up' && redis !== 'down';
    return { status: ok ? 'ok' : 'error', checks: { database, redis } };
  }
}
