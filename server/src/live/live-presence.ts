import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RedisAvailability } from '../common/redis/redis.module';

/** Presence lives this long in Redis without a heartbeat renewing it (an instance that died stops counting). */
const PRESENCE_TTL_MS = 90_000;
const keyOf = (userId: number) => `live:online:${userId}`;

/**
 * Who has an open live socket, on any instance: each instance keeps a field (its id → until when) in the user's Redis
 * hash while it holds a socket of theirs, renewed at every heartbeat and removed when its last one closes. Without
 * Redis (or while it is away) only this instance's sockets are known.
 */
@Injectable()
export class LivePresence {
  /** This process among the instances sharing Redis. */
  readonly instanceId = randomUUID();
  private local: (userId: number) => boolean = () => false;

  constructor(private readonly redis: RedisAvailability) {}

  /** The hub tells who has a socket here. */
  useLocal(hasLocalSocket: (userId: number) => boolean): void {
    this.local = hasLocalSocket;
  }

  async online(userId: number): Promise<void> {
    await this.refresh([userId]);
  }

  async offline(userId: number): Promise<void> {
    await this.redis.run((r) => r.hdel(keyOf(userId), this.instanceId));
  }

  /** Renews this instance's field for each of these users. */
  async refresh(userIds: readonly number[]): Promise<void> {
    if (!userIds.length) return;
    const until = String(Date.now() + PRESENCE_TTL_MS);
    await this.redis.run((r) => {
      const batch = r.multi();
      for (const userId of userIds) {
        batch.hset(keyOf(userId), this.instanceId, until);
        batch.pexpire(keyOf(userId), PRESENCE_TTL_MS);
      }
      return batch.exec();
    });
  }

  /** Whether the user has an open socket here or (as far as Redis knows) on another instance. */
  async isOnline(userId: number): Promise<boolean> {
    if (this.local(userId)) return true;
    const fields = await this.redis.run((r) => r.hgetall(keyOf(userId)));
    const now = Date.now();
    return Object.values(fields ?? {}).some((until) => Number(until) > now);
  }
}
