import { Inject, Injectable, SetMetadata } from '@nestjs/common';
import { REDIS, type RedisClient } from '../redis/redis.module';

export const RATE_LIMIT_KEY = 'ihaigui:rate-limit';

/** Named limits; their sizes come from configuration (RATE_LIMIT_*_PER_MINUTE). */
export type RateLimitName = 'auth' | 'sensitive';

/** Limits how often one client address may call the route, counted per limit name. */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

// INCR and set the window on the first hit, atomically, so instances sharing Redis share one counter.
const INCR_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`;

/** Fixed-window counters in Redis when configured (shared by every instance), in memory otherwise. */
@Injectable()
export class RateLimitStore {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async hit(key: string, windowSeconds: number, points: number): Promise<RateLimitResult> {
    const windowMs = windowSeconds * 1000;
    let count: number;
    let ttlMs: number;
    if (this.redis) {
      const [c, ttl] = (await this.redis.eval(INCR_SCRIPT, 1, `ratelimit:${key}`, String(windowMs))) as [
        number,
        number,
      ];
      count = Number(c);
      ttlMs = Number(ttl) > 0 ? Number(ttl) : windowMs;
    } else {
      const now = Date.now();
      const entry = this.memory.get(key);
      if (!entry || entry.resetAt <= now) {
        this.memory.set(key, { count: 1, resetAt: now + windowMs });
        if (this.memory.size > 50_000) this.sweep(now);
        count = 1;
        ttlMs = windowMs;
      } else {
        entry.count += 1;
        count = entry.count;
        ttlMs = entry.resetAt - now;
      }
    }
    return { allowed: count <= points, count, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  private sweep(now: number) {
    for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
  }
}
