import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { positionInputSchema, usccCheckCharacter } from '@ihaigui/shared';
import type { Clock } from '../common/clock';
import { addDays, localDate } from '../common/time/local-date';
import { PositionService } from '../job/position.service';
import { OrganizationService } from '../organization/organization.service';
import { DEMO_POSITIONS } from './demo-positions';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Demo positions, in one transaction, through PositionService.createDemo: validated and audited like an
 * enterprise's posting, approved as staff would. Their text is the team's own, so it skips the WeChat check (that
 * path has no route).
 */
@Injectable()
export class DemoPositionsSeed {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly positions: PositionService,
    private readonly dataSource: DataSource,
  ) {}

  async run(clock: Clock): Promise<number> {
    const now = clock.now();
    const today = localDate(now);
    // Oldest first, so ids grow with publication time like real postings; the one under review comes last.
    const ordered = [...DEMO_POSITIONS].sort((a, b) => (b.publishedDaysAgo ?? -1) - (a.publishedDaysAgo ?? -1));
    return this.dataSource.transaction(async (em) => {
      let count = 0;
      for (const demo of ordered) {
        const uscc = demo.orgUsccBody + usccCheckCharacter(demo.orgUsccBody);
        const org = await this.organizations.findByUscc(uscc, em);
        if (!org) throw new Error(`demo organisation ${uscc} must be seeded before positions`);
        const approveAt = demo.publishedDaysAgo === null ? null : new Date(now.getTime() - demo.publishedDaysAgo * DAY_MS - 2 * HOUR_MS);
        const expiresOn = demo.expiresInDays !== undefined ? addDays(today, demo.expiresInDays) : null;
        const input = positionInputSchema.parse({ ...demo.input, expiresOn });
        await this.positions.createDemo(org.id, input, { approveAt }, em);
        count += 1;
      }
      return count;
    });
  }
}
