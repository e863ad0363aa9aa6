import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';

export const REDIS = Symbol('REDIS');
/** The shared Redis client, or null when REDIS_URL is not set (single instance, in-memory counters). */
export type RedisClient = Redis | null;

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RedisClient => {
        if (!config.redisUrl) return null;
        const client = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
        const logger = new Logger('Redis');
        let reported = false;
        // Readiness reports the outage; one log line is enough, not one per reconnect attempt.
        client.on('error', (err: Error) => {
          if (!reported) logger.warn({ err: { message: err.message } }, 'redis unavailable');
          reported = true;
        });
        client.on('ready', () => (reported = false));
        return client;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
