import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { challengeInputSchema, usccCheckCharacter } from '@ihaigui/shared';
import { ChallengeService } from '../challenge/challenge.service';
import type { Clock } from '../common/clock';
import { addDays, localDate } from '../common/time/local-date';
import { IntentionService } from '../intention/intention.service';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationService } from '../organization/organization.service';
import { ProjectEntity } from '../project/project.entity';
import { DEMO_CHALLENGES, DEMO_INTENTIONS } from './demo-challenges';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Demo challenges, open and published at different days, through ChallengeService.createDemo (validated and audited
 * like an organisation's posting; the team's own text skips the WeChat check). Then demo intentions between park
 * operators and the demo projects, with their steps at past days.
 */
@Injectable()
export class DemoChallengesSeed {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly challenges: ChallengeService,
    private readonly intentions: IntentionService,
    private readonly dataSource: DataSource,
  ) {}

  async runChallenges(clock: Clock): Promise<number> {
    const now = clock.now();
    const today = localDate(now);
    // Oldest first, so ids grow with publication time like real postings.
    const ordered = [...DEMO_CHALLENGES].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo);
    return this.dataSource.transaction(async (em) => {
      for (const demo of ordered) {
        const org = await this.organizations.findByUscc(demo.orgUsccBody + usccCheckCharacter(demo.orgUsccBody), em);
        if (!org) throw new Error(`demo organisation ${demo.orgUsccBody} must be seeded before challenges`);
        const input = challengeInputSchema.parse({ ...demo.input, deadline: addDays(today, demo.deadlineInDays) });
        await this.challenges.createDemo(org.id, input, new Date(now.getTime() - demo.publishedDaysAgo * DAY_MS - 3 * HOUR_MS), em);
      }
      return ordered.length;
    });
  }

  /** Needs the demo projects (their seed set runs first). */
  async runIntentions(clock: Clock): Promise<number> {
    const now = clock.now();
    return this.dataSource.transaction(async (em) => {
      for (const demo of DEMO_INTENTIONS) {
        const org = await this.organizations.findByUscc(demo.orgUsccBody + usccCheckCharacter(demo.orgUsccBody), em);
        // Seed-only lookups by the demo names (no feature route finds a project by its name).
        const project = await em.findOne(ProjectEntity, { select: { id: true, ownerId: true }, where: { name: demo.projectName } });
        if (!org || !project) throw new Error(`demo intention ${demo.projectName}: organisation and project must be seeded first`);
        // The park operators have no member accounts; their steps are shown under the organisation's name.
        const member = await em.findOne(OrganizationMemberEntity, { select: { userId: true }, where: { organizationId: org.id } });
        await this.intentions.createDemo(
          {
            organizationId: org.id,
            talentUserId: project.ownerId,
            projectId: project.id,
            source: 'browse',
            proposedBy: demo.proposedBy,
            steps: demo.steps.map((s, i) => {
              // The proposer takes the first step, the other side answers, and then they take turns.
              const side = (i % 2 === 0) === (demo.proposedBy === 'organization') ? 'organization' : 'talent';
              return {
                status: s.status,
                side,
                userId: side === 'talent' ? project.ownerId : (member?.userId ?? 0),
                note: s.note,
                at: new Date(now.getTime() - s.daysAgo * DAY_MS - 2 * HOUR_MS),
              };
            }),
            landing: demo.landing,
          },
          em,
        );
      }
      return DEMO_INTENTIONS.length;
    });
  }
}
