import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { CLOCK, type Clock } from '../common/clock';
import { AnnouncementService } from '../announcement/announcement.service';
import { DEMO_ANNOUNCEMENTS } from './demo-announcements';
import { SeedRepository } from './seed.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEMO_ANNOUNCEMENTS_SEED = 'demo-announcements-v1';

/**
 * Demo content for a newcomer's first start. Each set runs once per database, through the same service
 * methods staff use, so the audit trail and sanitising apply to it too.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly seeds: SeedRepository,
    private readonly announcements: AnnouncementService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seedDemo();
  }

  async seedDemo(): Promise<number> {
    if (!(await this.seeds.claim(DEMO_ANNOUNCEMENTS_SEED))) return 0;
    try {
      const now = this.clock.now().getTime();
      // Oldest first, so ids grow with publication time like real content.
      const ordered = [...DEMO_ANNOUNCEMENTS].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo);
      for (const item of ordered) {
        const { key: _key, publishedDaysAgo, ...input } = item;
        const created = await this.announcements.create(
          { ...input, titleEn: input.titleEn ?? null, summaryEn: input.summaryEn ?? null, bodyEn: input.bodyEn ?? null, pinned: input.pinned ?? false },
          null,
        );
        await this.announcements.publish(created.id, null, new Date(now - publishedDaysAgo * DAY_MS - 3600_000));
      }
      await this.seeds.complete(DEMO_ANNOUNCEMENTS_SEED, ordered.length);
      this.logger.log({ seed: DEMO_ANNOUNCEMENTS_SEED, items: ordered.length }, 'demo data seeded');
      return ordered.length;
    } catch (err) {
      await this.seeds.release(DEMO_ANNOUNCEMENTS_SEED);
      throw err;
    }
  }
}
