import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { AppException } from '../common/errors/app.exception';

/** An access token and when to stop using it (ms since the epoch, a few minutes before WeChat expires it). */
export interface CachedAccessToken {
  value: string;
  refreshAt: number;
}

/**
 * Where instances share the app's access token. WeChat invalidates the previous token soon after a new one is
 * issued, so several instances must not each fetch their own: one refreshes at a time, the others read its result.
 */
export interface SharedAccessTokenStore {
  /**
   * A token still good at `now`: the shared one, or a fresh one from `fetch`, which runs in at most one instance at a
   * time (the others wait for its result).
   */
  obtain(now: () => number, fetch: () => Promise<CachedAccessToken>): Promise<CachedAccessToken>;
  /** WeChat rejected this token: forget it, unless another instance has already replaced it. */
  drop(token: string): Promise<void>;
}

const LOCK_MS = 15_000;
const POLL_MS = 100;
/** Deletes the shared token only if it is still the one that was rejected. */
const DROP_IF_SAME = `local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).value == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
/** Releases the refresh lock only if this instance still holds it. */
const UNLOCK_IF_MINE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** The token in Redis (REDIS_URL), refreshed under a lock (SET NX with an expiry, released only by its holder). */
export class RedisAccessTokenStore implements SharedAccessTokenStore {
  private readonly key: string;
  private readonly lockKey: string;

  constructor(
    private readonly redis: Redis,
    appId: string,
    private readonly lockMs = LOCK_MS,
  ) {
    this.key = `wechat:access-token:${appId}`;
    this.lockKey = `${this.key}:refresh-lock`;
  }

  async obtain(now: () => number, fetch: () => Promise<CachedAccessToken>): Promise<CachedAccessToken> {
    // Waits at most a little longer than a lock lives: a holder that died lets the next caller in after lockMs.
    const deadline = Date.now() + this.lockMs + 5_000;
    for (;;) {
      const shared = await this.read(now());
      if (shared) return shared;
      const id = randomBytes(12).toString('hex');
      if ((await this.redis.set(this.lockKey, id, 'PX', this.lockMs, 'NX')) === 'OK') {
        try {
          // Someone may have refreshed between the read and the lock.
          const again = await this.read(now());
          if (again) return again;
          const fresh = await fetch();
          const ttl = Math.max(1_000, fresh.refreshAt - now());
          await this.redis.set(this.key, JSON.stringify(fresh), 'PX', ttl);
          return fresh;
        } finally {
          await this.redis.eval(UNLOCK_IF_MINE, 1, this.lockKey, id).catch(() => undefined);
        }
      }
      if (Date.now() > deadline) {
        throw new AppException('WECHAT_UNAVAILABLE', 503, 'token: another instance is still refreshing it');
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async drop(token: string): Promise<void> {
    await this.redis.eval(DROP_IF_SAME, 1, this.key, token);
  }

  private async read(now: number): Promise<CachedAccessToken | null> {
    const raw = await this.redis.get(this.key);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<CachedAccessToken>;
      if (typeof parsed.value === 'string' && typeof parsed.refreshAt === 'number' && now < parsed.refreshAt)
        return { value: parsed.value, refreshAt: parsed.refreshAt };
    } catch {
      // not ours; replaced on the next refresh
    }
    return null;
  }
}
