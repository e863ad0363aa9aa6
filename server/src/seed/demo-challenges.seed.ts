import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { challengeInputSchema, INTENTION_FINAL, type IntentionSide, usccCheckCharacter } from '@ihaigui/shared';
import { ChallengeRepository } from '../challenge/challenge.repository';
import type { Clock } from '../common/clock';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import type { IntentionEntity } from '../intention/intention.entity';
import { IntentionRepository } from '../intention/intention.repository';
import { openKeyOf, STAMP_OF } from '../intention/intention.rules';
import { ModerationService } from '../moderation/moderation.service';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationService } from '../organization/organization.service';
import { ProjectEntity } from '../project/project.entity';
import { DEMO_CHALLENGES, DEMO_INTENTIONS } from './demo-challenges';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Demo challenges, open and published at different days (validated and audited like an organisation's posting; the
 * team's own text skips the WeChat check and is stored as checked). Then demo intentions between park operators and
 * the demo projects, with their steps at past days (nobody is notified: the parties are fictional or the personas).
 */
@Injectable()
export class DemoChallengesSeed {
  constructor(
    private readonly organizations: OrganizationService,
    // The repository, because demo challenges opened at past days (the review step stamps the present).
    private readonly challenges: ChallengeRepository,
    private readonly moderation: ModerationService,
    // The repository, because demo intentions and their steps happened at past days.
    private readonly intentions: IntentionRepository,
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
        const publishedAt = new Date(now.getTime() - demo.publishedDaysAgo * DAY_MS - 3 * HOUR_MS);
        const saved = await this.challenges.insert(
          {
            ...input,
            deadlineAt: endOfLocalDate(input.deadline),
            organizationId: org.id,
            createdBy: 0,
            ...this.moderation.pending('pass'),
            createdAt: now,
            updatedAt: now,
          },
          em,
        );
        await this.moderation.recordSubmission(
          'challenge',
          { actorId: null, action: 'seed', entityId: saved.id, check: 'pass' },
          em,
        );
        await this.challenges.transition(
          saved.id,
          ['pending'],
          { status: 'open', publishedAt, updatedAt: publishedAt },
          em,
        );
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
        const project = await em.findOne(ProjectEntity, {
          select: { id: true, ownerId: true },
          where: { name: demo.projectName },
        });
        if (!org || !project)
          throw new Error(`demo intention ${demo.projectName}: organisation and project must be seeded first`);
        // The park operators have no member accounts; their steps are shown under the organisation's name.
        const member = await em.findOne(OrganizationMemberEntity, {
          select: { userId: true },
          where: { organizationId: org.id },
        });
        const steps = demo.steps.map((s, i) => {
          // The proposer takes the first step, the other side answers, and then they take turns.
          const side: IntentionSide =
            (i % 2 === 0) === (demo.proposedBy === 'organization') ? 'organization' : 'talent';
          return {
            status: s.status,
            side,
            userId: side === 'talent' ? project.ownerId : (member?.userId ?? 0),
            note: s.note,
            at: new Date(now.getTime() - s.daysAgo * DAY_MS - 2 * HOUR_MS),
          };
        });
        const [first, ...rest] = steps;
        if (!first || first.status !== 'proposed') throw new Error('a demo intention starts with its proposal');
        const last = steps[steps.length - 1] as typeof first;
        // Stamped as the steps would stamp it.
        const values: Partial<IntentionEntity> = {
          organizationId: org.id,
          talentUserId: project.ownerId,
          projectId: project.id,
          source: 'browse',
          proposedBy: demo.proposedBy,
          proposedByUserId: first.userId,
          status: last.status,
          openKey: INTENTION_FINAL.includes(last.status) ? null : openKeyOf(org.id, project.id, project.ownerId),
          createdAt: first.at,
          updatedAt: last.at,
          ...(last.status === 'signed' && demo.landing ? demo.landing : {}),
        };
        for (const s of rest) {
          const stamp = STAMP_OF[s.status];
          if (stamp) (values as Record<string, unknown>)[stamp] = s.at;
        }
        const intention = await this.intentions.insert(values, em);
        for (const s of steps) {
          await this.intentions.insertStep(
            {
              intentionId: intention.id,
              status: s.status,
              actorUserId: s.userId,
              actorSide: s.side,
              note: s.note,
              offline: false,
              at: s.at,
            },
            em,
          );
        }
      }
      return DEMO_INTENTIONS.length;
    });
  }
}
