import { Injectable, SetMetadata } from '@nestjs/common';
import { RedisAvailability } from '../redis/redis.module';

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

/**
 * Fixed-window counters in Redis when configured (shared by every instance), in memory otherwise — and in memory, per
 * instance, while a configured Redis is away, so a stopped or frozen Redis neither fails nor stalls the routes.
 */
@Injectable()
export class RateLimitStore {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly redis: RedisAvailability) {}

  async hit(key: string, windowSeconds: number, points: number): Promise<RateLimitResult> {
    const windowMs = windowSeconds * 1000;
    const shared = await this.redis.run(
      (redis) => redis.eval(INCR_SCRIPT, 1, `ratelimit:${key}`, String(windowMs)) as Promise<[number, number]>,
    );
    let count: number;
    let ttlMs: number;
    if (shared) {
      count = Number(shared[0]);
      ttlMs = Number(shared[1]) > 0 ? Number(shared[1]) : windowMs;
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
