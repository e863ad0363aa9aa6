import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POSITION_DEFAULT_DAYS, positionInputSchema, usccCheckCharacter } from '@ihaigui/shared';
import type { Clock } from '../common/clock';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import { toPositionColumns } from '../job/position.mapper';
import { PositionRepository } from '../job/position.repository';
import { ModerationService } from '../moderation/moderation.service';
import { OrganizationRepository } from '../organization/organization.repository';
import { DEMO_POSITIONS } from './demo-positions';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Demo positions, in one transaction: validated and audited like an enterprise's posting (stored as checked, since
 * their text is the team's own and skips the WeChat check), and approved as staff would, at past days.
 */
@Injectable()
export class DemoPositionsSeed {
  constructor(
    private readonly organizations: OrganizationRepository,
    // The repository, because demo postings were approved at past days (the review step stamps the present).
    private readonly positions: PositionRepository,
    private readonly moderation: ModerationService,
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
        const approveAt =
          demo.publishedDaysAgo === null
            ? null
            : new Date(now.getTime() - demo.publishedDaysAgo * DAY_MS - 2 * HOUR_MS);
        const expiresOn = demo.expiresInDays !== undefined ? addDays(today, demo.expiresInDays) : null;
        const input = positionInputSchema.parse({ ...demo.input, expiresOn });
        const lastDay = input.expiresOn ?? addDays(localDate(approveAt ?? now), POSITION_DEFAULT_DAYS);
        const saved = await this.positions.insert(
          {
            ...toPositionColumns(input),
            expiresOn: lastDay,
            expiresAt: endOfLocalDate(lastDay),
            organizationId: org.id,
            createdBy: 0,
            ...this.moderation.pending('pass'),
          },
          em,
        );
        await this.moderation.recordSubmission(
          'position',
          { actorId: null, action: 'seed', entityId: saved.id, check: 'pass' },
          em,
        );
        if (approveAt)
          await this.positions.update(
            saved.id,
            { status: 'approved', publishedAt: approveAt, reviewedAt: approveAt },
            em,
          );
        count += 1;
      }
      return count;
    });
  }
}
