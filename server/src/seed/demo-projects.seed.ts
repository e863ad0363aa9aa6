import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { projectInputSchema, talentProfileInputSchema, weightedScore } from '@ihaigui/shared';
// Seed: the demo talents who own projects are written directly, as for the personas.
import { ConsentRepository, TalentProfileRepository, UserRepository } from '../account/account.repositories';
import { DEMO_PERSONA_USERNAMES } from '../account/demo-personas';
import { PRIVACY_POLICY_VERSION } from '../account/privacy-policy';
import type { Clock } from '../common/clock';
// Seed: review assignments and scores are written in bulk, with no reviewer signing in.
import { ProjectReviewRepository } from '../project/project-review.repository';
import { projectColumns } from '../project/project.mapper';
// Seed: projects are inserted with their history already through screening and review.
import { ProjectRepository } from '../project/project.repository';
import { DEMO_FOUNDERS, DEMO_PROJECTS, type DemoProject } from './demo-projects';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Demo projects in one transaction: a few fictional founders (accounts without a password, so nobody signs in as
 * them) and their projects at every stage — accepted and scored by the expert and staff personas, shortlisted, one
 * waiting for the expert's score, one to screen and one returned to the talent persona. Counters are recomputed from
 * the review rows exactly as scoring does.
 */
@Injectable()
export class DemoProjectsSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly projects: ProjectRepository,
    private readonly reviews: ProjectReviewRepository,
    private readonly dataSource: DataSource,
  ) {}

  async run(clock: Clock): Promise<number> {
    const now = clock.now();
    const [persona, expert, staff] = await Promise.all(
      (['talent', 'reviewer', 'staff'] as const).map((key) => this.users.findByUsername(DEMO_PERSONA_USERNAMES[key])),
    );
    if (!persona || !expert || !staff)
      throw new Error('demo personas (talent, reviewer, staff) must be seeded before projects');
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

    return this.dataSource.transaction(async (em) => {
      const owners = new Map<string, number>([['persona', persona.id]]);
      for (const founder of DEMO_FOUNDERS) {
        const user = await this.users.insert(
          {
            role: 'talent',
            username: founder.username,
            passwordHash: null,
            displayName: founder.displayName,
            locale: 'zh-CN',
          },
          em,
        );
        await this.consents.insert({ userId: user.id, policyVersion: PRIVACY_POLICY_VERSION, grantedAt: ago(60) }, em);
        await this.profiles.save({ ...talentProfileInputSchema.parse(founder.profile), userId: user.id }, em);
        owners.set(founder.username, user.id);
      }
      // Oldest submission first, so ids grow with registration time like real projects.
      const ordered = [...DEMO_PROJECTS].sort((a, b) => b.submittedDaysAgo - a.submittedDaysAgo);
      for (const demo of ordered) {
        const ownerId = owners.get(demo.owner);
        if (!ownerId) throw new Error(`demo project owner ${demo.owner} unknown`);
        await this.insertProject(demo, ownerId, { expert: expert.id, staff: staff.id }, ago, em);
      }
      return DEMO_FOUNDERS.length + ordered.length;
    });
  }

  private async insertProject(
    demo: DemoProject,
    ownerId: number,
    reviewers: { expert: number; staff: number },
    ago: (days: number) => Date,
    em: EntityManager,
  ): Promise<void> {
    const input = projectInputSchema.parse({ ...demo.input, eventId: null });
    const submittedAt = ago(demo.submittedDaysAgo);
    const acceptedAt = demo.acceptedDaysAgo !== undefined ? ago(demo.acceptedDaysAgo) : null;
    const shortlistedAt = demo.shortlistedDaysAgo !== undefined ? ago(demo.shortlistedDaysAgo) : null;
    const project = await this.projects.insert(
      {
        ...projectColumns(input),
        ownerId,
        status: demo.status,
        statusReason: demo.returnReason ?? null,
        submittedAt,
        acceptedAt,
        shortlistedAt,
        createdAt: new Date(submittedAt.getTime() - 2 * HOUR_MS),
        updatedAt: shortlistedAt ?? acceptedAt ?? submittedAt,
      },
      em,
    );
    const step = (
      action: 'submitted' | 'accepted' | 'returned' | 'shortlisted',
      at: Date,
      actorId: number,
      reason: string | null = null,
    ) => this.projects.insertHistory({ projectId: project.id, action, reason, actorId, at }, em);
    await step('submitted', submittedAt, ownerId);
    if (demo.status === 'returned')
      await step('returned', new Date(submittedAt.getTime() + DAY_MS), reviewers.staff, demo.returnReason ?? null);
    if (acceptedAt) await step('accepted', acceptedAt, reviewers.staff);

    if (acceptedAt && demo.reviews?.length) {
      const assignedAt = new Date(acceptedAt.getTime() + 2 * HOUR_MS);
      await this.reviews.insertAssignments(
        demo.reviews.map((r) => ({
          projectId: project.id,
          reviewerId: reviewers[r.by],
          assignedBy: reviewers.staff,
          assignedAt,
        })),
        em,
      );
      let lastScoredAt = assignedAt;
      for (const [i, review] of demo.reviews.entries()) {
        if (!review.scores) continue;
        lastScoredAt = new Date(assignedAt.getTime() + (i + 1) * DAY_MS);
        const values = {
          ...review.scores,
          total: weightedScore(review.scores),
          comment: review.comment ?? '',
          submittedAt: lastScoredAt,
        };
        await this.reviews.saveScores(project.id, reviewers[review.by], values, em);
      }
      await this.projects.recountReviews(project.id, lastScoredAt, em);
    }
    if (shortlistedAt) await step('shortlisted', shortlistedAt, reviewers.staff);
  }
}
