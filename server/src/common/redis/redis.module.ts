import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';

export const REDIS = Symbol('REDIS');
/** The shared Redis client, or null when REDIS_URL is not set (single instance, in-memory counters). */
export type RedisClient = Redis | null;

/** How long start-up waits for a configured Redis before serving without it. */
const STARTUP_WAIT_MS = 5000;

/** After a failed or timed-out command, callers skip Redis this long before trying it again. */
const RETRY_AFTER_FAILURE_MS = 1000;

/**
 * Whether Redis may be used right now. Redis is optional: while it is away (stopped, frozen, unreachable) callers
 * fall back to per-instance state instead of failing or waiting, and use Redis again once it answers. Logs one line
 * when Redis goes away and one when it is back.
 */
@Injectable()
export class RedisAvailability implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');
  private available = true;
  private skipUntil = 0;

  constructor(@Inject(REDIS) readonly client: RedisClient) {
    if (!client) return;
    client.on('error', (err: Error) => this.failed(err));
    // Back only when a command succeeds again: the connection's 'ready' event alone proves nothing about a frozen
    // server.
  }

  /**
   * Gives a configured Redis a moment to answer, so a healthy one is used from the first request (a command that timed
   * out while start-up work held the event loop does not count against it).
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.client) return;
    const deadline = Date.now() + STARTUP_WAIT_MS;
    while (Date.now() < deadline) {
      if ((await this.check()) === 'up') return;
      if (this.client.status === 'reconnecting' || this.client.status === 'end') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The client when it is connected and has not just failed; null means: use the per-instance fallback. */
  usable(): Redis | null {
    const client = this.client;
    if (!client || client.status !== 'ready' || Date.now() < this.skipUntil) return null;
    return client;
  }

  /** Runs a command against Redis; undefined when Redis is away or the command failed or timed out. */
  async run<T>(command: (redis: Redis) => Promise<T>): Promise<T | undefined> {
    const client = this.usable();
    if (!client) return undefined;
    try {
      const result = await command(client);
      this.succeeded();
      return result;
    } catch (err) {
      this.failed(err as Error);
      return undefined;
    }
  }

  /** For readiness: 'up', 'degraded' (configured but not answering) or 'disabled'. */
  async check(): Promise<'up' | 'degraded' | 'disabled'> {
    if (!this.client) return 'disabled';
    // A ping is the probe that notices Redis is back, so it does not wait for the skip period.
    if (this.client.status !== 'ready') return 'degraded';
    try {
      await this.client.ping();
      this.succeeded();
      return 'up';
    } catch (err) {
      this.failed(err as Error);
      return 'degraded';
    }
  }

  private failed(err: Error) {
    this.skipUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
    if (!this.available) return;
    this.available = false;
    this.logger.warn({ err: { message: err.message } }, 'redis unavailable; using per-instance fallbacks');
  }

  private succeeded() {
    this.skipUntil = 0;
    if (this.available) return;
    this.available = true;
    this.logger.log('redis available again');
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RedisClient => {
        if (!config.redisUrl) return null;
        return new Redis(config.redisUrl, {
          // Commands fail at once while disconnected (no queue) and after the timeout when Redis is frozen.
          enableOfflineQueue: false,
          // The INFO ready check falls under the command timeout and fails when start-up work holds the event loop;
          // a frozen server is caught by the command timeout anyway.
          enableReadyCheck: false,
          maxRetriesPerRequest: 0,
          commandTimeout: config.redisCommandTimeoutMs,
          connectTimeout: Math.max(1000, config.redisCommandTimeoutMs * 4),
          retryStrategy: (times) => Math.min(times * 200, 2000),
        });
      },
    },
    RedisAvailability,
  ],
  exports: [REDIS, RedisAvailability],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis || this.redis.status === 'end') return;
    if (this.redis.status !== 'ready') return this.redis.disconnect();
    await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
