import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { type LiveServerFrame, liveServerFrameSchema } from '@ihaigui/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { RedisAvailability } from '../common/redis/redis.module';
import { LiveHub } from './live-hub';
import { LivePresence } from './live-presence';
import { LivePublisher } from './live-publisher';

/** The Redis channel every instance listens on. */
export const LIVE_CHANNEL = 'live:frames';

interface Envelope {
  /** The publishing instance (it delivered to its own sockets already). */
  origin: string;
  userIds: number[];
  frame: LiveServerFrame;
}

/**
 * Delivers a frame to the users' sockets on this instance at once, and (when REDIS_URL is set) publishes it for the
 * other instances, each of which listens on a subscriber connection of its own and delivers to its sockets. When
 * Redis is away the publish is skipped: local sockets still get the frame, and screens elsewhere catch up through the
 * API (the stored data are the truth; a frame only says "show it now").
 */
@Injectable()
export class LiveFanout extends LivePublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private subscriber: Redis | null = null;
  private subscriberDown = false;

  constructor(
    private readonly hub: LiveHub,
    private readonly presence: LivePresence,
    private readonly redis: RedisAvailability,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    presence.useLocal((userId) => hub.hasLocalSocket(userId));
  }

  async publish(userIds: readonly number[], frame: LiveServerFrame): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (!recipients.length) return;
    this.hub.deliver(recipients, frame);
    if (!this.config.redisUrl) return;
    const envelope: Envelope = { origin: this.presence.instanceId, userIds: recipients, frame };
    await this.redis.run((r) => r.publish(LIVE_CHANNEL, JSON.stringify(envelope)));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.redisUrl) return;
    // A connection in subscriber mode can run no other command, so it is a second one; it queues the SUBSCRIBE until
    // it is connected and subscribes again after every reconnect.
    const subscriber = new Redis(this.config.redisUrl, {
      enableReadyCheck: false,
      maxRetriesPerRequest: null,
      connectTimeout: Math.max(1000, this.config.redisCommandTimeoutMs * 4),
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.subscriber = subscriber;
    subscriber.on('error', (err: Error) => {
      if (this.subscriberDown) return;
      this.subscriberDown = true;
      this.logger.warn({ err: { message: err.message } }, 'live fan-out: redis subscriber unavailable');
    });
    subscriber.on('ready', () => {
      if (!this.subscriberDown) return;
      this.subscriberDown = false;
      this.logger.log('live fan-out: redis subscriber available again');
    });
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === LIVE_CHANNEL) this.receive(message);
    });
    subscriber.subscribe(LIVE_CHANNEL).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (!subscriber || subscriber.status === 'end') return;
    if (subscriber.status !== 'ready') return subscriber.disconnect();
    await subscriber.quit().catch(() => subscriber.disconnect());
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.origin === this.presence.instanceId || !Array.isArray(envelope.userIds)) return;
    const frame = liveServerFrameSchema.safeParse(envelope.frame);
    const userIds = envelope.userIds.filter((id) => Number.isInteger(id));
    if (frame.success) this.hub.deliver(userIds, frame.data);
  }
}
