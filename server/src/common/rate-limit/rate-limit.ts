import { Injectable, SetMetadata } from '@nestjs/common';
import { RedisAvailability } from '../redis/redis.module';

export const RATE_LIMIT_KEY = 'ihaigui:rate-limit';

/** Named limits; their sizes come from configuration (RATE_LIMIT_*_PER_MINUTE). */
export type RateLimitName = 'auth' | 'sensitive' | 'public';

export interface RateLimitRule {
  name: RateLimitName;
  /** Points one call costs: 1 for a cheap read, more for search and matching. */
  cost: number;
}

/** Limits how often one client address may call the route, counted per limit name, each call costing `cost` points. */
export const RateLimit = (name: RateLimitName, cost = 1) =>
  SetMetadata(RATE_LIMIT_KEY, { name, cost } satisfies RateLimitRule);

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

// INCR and set the window on the first hit, atomically, so instances sharing Redis share one counter.
const INCR_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
if count == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
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

  /** Counts `cost` points against `key` in a window of `windowSeconds`; allowed while the total is at most `points`. */
  async hit(key: string, windowSeconds: number, points: number, cost = 1): Promise<RateLimitResult> {
    const windowMs = windowSeconds * 1000;
    const shared = await this.redis.run(
      (redis) =>
        redis.eval(INCR_SCRIPT, 1, `ratelimit:${key}`, String(windowMs), String(cost)) as Promise<[number, number]>,
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
        this.memory.set(key, { count: cost, resetAt: now + windowMs });
        if (this.memory.size > 50_000) this.sweep(now);
        count = cost;
        ttlMs = windowMs;
      } else {
        entry.count += cost;
        count = entry.count;
        ttlMs = entry.resetAt - now;
      }
    }
    return { allowed: count <= points, count, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  /** Marks `key` as blocked for `seconds` (replacing an earlier mark). */
  async block(key: string, seconds: number): Promise<void> {
    const ms = Math.max(1, Math.round(seconds * 1000));
    if (await this.redis.run((redis) => redis.set(`ratelimit:block:${key}`, '1', 'PX', ms))) return;
    const now = Date.now();
    this.memory.set(`block:${key}`, { count: 1, resetAt: now + ms });
    if (this.memory.size > 50_000) this.sweep(now);
  }

  /** Seconds until the block on `key` ends, rounded up; 0 when it is not blocked. */
  async blockedFor(key: string): Promise<number> {
    let ms: number;
    const shared = await this.redis.run((redis) => redis.pttl(`ratelimit:block:${key}`));
    if (shared !== undefined) {
      ms = Number(shared);
    } else {
      const entry = this.memory.get(`block:${key}`);
      ms = entry ? entry.resetAt - Date.now() : 0;
    }
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  /** Ends the counting window of `key` and any block on it. */
  async reset(key: string): Promise<void> {
    await this.redis.run((redis) => redis.del(`ratelimit:${key}`, `ratelimit:block:${key}`));
    this.memory.delete(key);
    this.memory.delete(`block:${key}`);
  }

  private sweep(now: number) {
    for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
  }
}
