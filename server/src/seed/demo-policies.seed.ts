import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { policyInputSchema } from '@ihaigui/shared';
import type { Clock } from '../common/clock';
import { addDays, daysBetween, localDate } from '../common/time/local-date';
import { PolicyService } from '../policy/policy.service';
import { DEMO_POLICIES, type DemoPolicy } from './demo-policies';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The input with its validity placed relative to the seed day when the item asks for it (expiring / expired
 * examples); the validity period keeps its length, so it never ends before it starts.
 */
export function datedForSeed(item: DemoPolicy, today: string): DemoPolicy['input'] {
  if (item.validToDaysFromSeed === undefined || !item.input.validTo) return item.input;
  const validTo = addDays(today, item.validToDaysFromSeed);
  const length = daysBetween(item.input.validFrom, item.input.validTo);
  return {
    ...item.input,
    validTo,
    validFrom: item.input.validFrom <= validTo ? item.input.validFrom : addDays(validTo, -length),
  };
}

/** The demo policies, written through the policy service (sanitising, audit, search index) in one transaction. */
@Injectable()
export class DemoPoliciesSeed {
  constructor(
    private readonly policies: PolicyService,
    private readonly dataSource: DataSource,
  ) {}

  /** Creates every demo policy; returns demo key → policy id (parks link policies by key). */
  async run(clock: Clock): Promise<Map<string, number>> {
    const now = clock.now().getTime();
    const today = localDate(clock.now());
    // Oldest first, so ids grow with publication time like real content.
    const ordered = [...DEMO_POLICIES].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo);
    return this.dataSource.transaction(async (em) => {
      const ids = new Map<string, number>();
      for (const item of ordered) {
        const created = await this.policies.create(
          policyInputSchema.parse(datedForSeed(item, today)),
          null,
          em,
          'policy.seed',
        );
        if (item.status === 'published') {
          await this.policies.publishWithin(
            created.id,
            null,
            new Date(now - item.publishedDaysAgo * DAY_MS - 3600_000),
            em,
          );
        }
        ids.set(item.key, created.id);
      }
      return ids;
    });
  }

  /** Demo key → id of policies seeded earlier on this database (found by title). */
  async idsByKey(): Promise<Map<string, number>> {
    const rows = await this.policies.findIdsByTitles(DEMO_POLICIES.map((p) => p.input.title));
    const byTitle = new Map(rows.map((r) => [r.title, r.id]));
    return new Map(
      DEMO_POLICIES.flatMap((p) => (byTitle.has(p.input.title) ? [[p.key, byTitle.get(p.input.title)!] as const] : [])),
    );
  }
}
