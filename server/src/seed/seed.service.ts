import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { CLOCK, type Clock } from '../common/clock';
import { AnnouncementService } from '../announcement/announcement.service';
import { DEMO_ANNOUNCEMENTS } from './demo-announcements';
import { DemoExpertSeed, DemoPersonasSeed } from './demo-personas.seed';
import { DemoPoliciesSeed } from './demo-policies.seed';
import { DemoParksFinanceSeed } from './demo-parks-finance.seed';
import { DemoPositionsSeed } from './demo-positions.seed';
import { DemoProjectsSeed } from './demo-projects.seed';
import { DemoChallengesSeed } from './demo-challenges.seed';
import { DemoEventsSeed } from './demo-events.seed';
import { DEMO_FAQS } from './demo-faqs';
import { FaqService } from '../desk/faq.service';
import { SeedRepository } from './seed.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEMO_ANNOUNCEMENTS_SEED = 'demo-announcements-v1';
export const DEMO_PERSONAS_SEED = 'demo-personas-v1';
/** Announcements published before the search index existed get indexed once (new ones are indexed on publish). */
export const SEARCH_ANNOUNCEMENTS_SEED = 'search-announcements-v1';
export const DEMO_POLICIES_SEED = 'demo-policies-v1';
export const DEMO_PROVIDER_SEED = 'demo-persona-provider-v1';
export const DEMO_PARKS_FINANCE_SEED = 'demo-parks-finance-v1';
export const DEMO_POSITIONS_SEED = 'demo-positions-v1';
export const DEMO_EXPERT_SEED = 'demo-persona-expert-v1';
export const DEMO_PROJECTS_SEED = 'demo-projects-v1';
export const DEMO_EVENTS_SEED = 'demo-events-v1';
export const DEMO_CHALLENGES_SEED = 'demo-challenges-v1';
export const DEMO_INTENTIONS_SEED = 'demo-intentions-v1';
export const DEMO_FAQS_SEED = 'demo-faqs-v1';

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
    private readonly personas: DemoPersonasSeed,
    private readonly demoPolicies: DemoPoliciesSeed,
    private readonly parksFinance: DemoParksFinanceSeed,
    private readonly demoPositions: DemoPositionsSeed,
    private readonly expert: DemoExpertSeed,
    private readonly demoProjects: DemoProjectsSeed,
    private readonly demoEvents: DemoEventsSeed,
    private readonly demoChallenges: DemoChallengesSeed,
    private readonly faqs: FaqService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.seedAnnouncements();
    await this.once(SEARCH_ANNOUNCEMENTS_SEED, () => this.announcements.reindexPublished());
    await this.once(DEMO_PERSONAS_SEED, () => this.personas.run(this.clock));
    await this.once(DEMO_POLICIES_SEED, async () => (await this.demoPolicies.run(this.clock)).size);
    // Parks link policies by key, and the provider persona's firm runs a park and offers finance services.
    await this.once(DEMO_PROVIDER_SEED, () => this.personas.runProvider(this.clock));
    await this.once(DEMO_PARKS_FINANCE_SEED, async () =>
      this.parksFinance.run(this.clock, await this.demoPolicies.idsByKey()),
    );
    // Positions come from the persona's firm and the organisations the parks/finance set created.
    await this.once(DEMO_POSITIONS_SEED, () => this.demoPositions.run(this.clock));
    // The expert reviewer persona, then projects scored by it and the staff persona.
    await this.once(DEMO_EXPERT_SEED, () => this.expert.run(this.clock));
    await this.once(DEMO_PROJECTS_SEED, () => this.demoProjects.run(this.clock));
    // Events after projects: the roadshows put the shortlisted demo projects on their running order.
    await this.once(DEMO_EVENTS_SEED, () => this.demoEvents.run(this.clock));
    // Challenges from the persona's firm and the park/finance organisations; intentions on the demo projects.
    await this.once(DEMO_CHALLENGES_SEED, () => this.demoChallenges.runChallenges(this.clock));
    await this.once(DEMO_INTENTIONS_SEED, () => this.demoChallenges.runIntentions(this.clock));
    await this.once(DEMO_FAQS_SEED, async () => {
      for (const faq of DEMO_FAQS) await this.faqs.create(null, { ...faq, consultationId: null });
      return DEMO_FAQS.length;
    });
  }

  /** Runs a seed set unless it ran before on this database; a failed run is released to be tried again. */
  private async once(name: string, run: () => Promise<number>): Promise<number> {
    if (!(await this.seeds.claim(name))) return 0;
    try {
      const count = await run();
      await this.seeds.complete(name, count);
      this.logger.log({ seed: name, items: count }, 'demo data seeded');
      return count;
    } catch (err) {
      await this.seeds.release(name);
      throw err;
    }
  }

  async seedAnnouncements(): Promise<number> {
    return this.once(DEMO_ANNOUNCEMENTS_SEED, () => this.createAnnouncements());
  }

  private async createAnnouncements(): Promise<number> {
    const now = this.clock.now().getTime();
    // Oldest first, so ids grow with publication time like real content.
    const ordered = [...DEMO_ANNOUNCEMENTS].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo);
    for (const item of ordered) {
      const { key: _key, publishedDaysAgo, ...input } = item;
      const created = await this.announcements.create(
        {
          ...input,
          titleEn: input.titleEn ?? null,
          summaryEn: input.summaryEn ?? null,
          bodyEn: input.bodyEn ?? null,
          pinned: input.pinned ?? false,
        },
        null,
      );
      await this.announcements.publish(created.id, null, new Date(now - publishedDaysAgo * DAY_MS - 3600_000));
    }
    return ordered.length;
  }
}
