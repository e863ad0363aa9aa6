import { pageOf, window } from '../common/db/paging';
import { quoted } from '../notification/message-text';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type Page,
  PROJECT_STATUS_LABELS,
  type ProjectRecord,
  type ProjectReview,
  type rankingRowSchema,
  type reviewAssignmentSchema,
  type reviewerAccountSchema,
  type ScreenProject,
  type StaffProjectQuery,
  type SubmitReview,
  weightedScore,
} from '@ihaigui/shared';
import type { z } from 'zod';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import { NotificationService } from '../notification/notification.service';
import { ProjectRecords } from './project-records';
import { ProjectReviewRepository } from './project-review.repository';
import type { ProjectEntity } from './project.entity';
import { type ProjectRecordRow, toProjectRecordRow, toProjectReview, toProjectSummary } from './project.mapper';
import { PROJECT_MESSAGES as M } from './project.messages';
import { ProjectRepository } from './project.repository';
import { criterionAverages, roundOne, screeningOutcome } from './project.rules';

const ENTITY_TYPE = 'project';
/** The staff's view of a record: every review and the experts' average. */
const STAFF_VIEW = { reviews: { all: true }, score: true } as const;
/** More reviewer accounts than this is not a list to pick from; the screen shows the first ones. */
const REVIEWER_LIST_CAP = 200;
const REVIEWER_ROLE_ORDER: ReviewerAccount['role'][] = ['reviewer', 'staff', 'admin'];

type RankingRow = z.infer<typeof rankingRowSchema>;
type ReviewAssignment = z.infer<typeof reviewAssignmentSchema>;
type ReviewerAccount = z.infer<typeof reviewerAccountSchema>;

/** "「智能质检平台」" / "“Smart inspection platform”" for messages. */
function quotedName(p: Pick<ProjectEntity, 'name' | 'nameEn'>) {
  return quoted(p.name, p.nameEn);
}

/**
 * The service center's side of projects (screening, assigning expert reviewers, the ranking and the shortlist) and the
 * experts' side (their queue and their scores). Review counters are recomputed from the review rows in the same
 * transaction, after taking the project's row lock, so simultaneous scores never lose one another.
 */
@Injectable()
export class ProjectReviewService implements OnModuleInit {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly reviews: ProjectReviewRepository,
    private readonly records: ProjectRecords,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted expert's open assignments go, so those projects' reviews can complete without them. The scores they
    // gave stay with the projects (work done for the service center), under the anonymised account's name.
    this.erasure.register('project-review-assignments', async (userId, em) => {
      const now = this.clock.now();
      // Projects locked in id order, as scoring locks them, so a deletion never waits in a circle with a score.
      for (const projectId of await this.reviews.findUnscoredProjectIdsOf(userId, em)) {
        await this.projects.lockIn(projectId, ['accepted'], now, em);
        if (await this.reviews.deleteUnscored(projectId, userId, em))
          await this.projects.recountReviews(projectId, now, em);
      }
    });
  }

  // ---- staff ----

  async listForStaff(query: StaffProjectQuery): Promise<Page<ProjectRecordRow>> {
    const [rows, total] = await this.projects.findStaffPage({
      view: query.view,
      eventId: query.eventId,
      ...window(query),
    });
    return pageOf(
      rows.map((r) => toProjectRecordRow(r, true)),
      total,
      query,
    );
  }

  /** Accepted projects by average score (unscored last), each with its per-criterion averages: three statements. */
  async ranking(query: { page: number; pageSize: number; eventId?: number }): Promise<Page<RankingRow>> {
    const { offset, limit } = window(query);
    const [rows, total] = await this.projects.findRankingPage({ eventId: query.eventId, offset, limit });
    const averages = new Map(
      (await this.reviews.findCriterionAverages(rows.map((r) => r.id))).map((a) => [Number(a.projectId), a]),
    );
    const items = rows.map((p, i) => {
      const { id, name, nameEn, field, originRegion, stage, shortlisted } = toProjectSummary(p);
      return {
        rank: offset + i + 1,
        project: { id, name, nameEn, field, originRegion, stage, shortlisted },
        averageScore: roundOne(p.averageScore),
        reviewCount: p.reviewCount,
        assignedCount: p.assignedCount,
        byCriterion: criterionAverages(averages.get(p.id)),
      };
    });
    return pageOf(items, total, query);
  }

  readForStaff(id: number): Promise<ProjectRecord> {
    return this.records.read(id, STAFF_VIEW);
  }

  /** Accept, return for changes or reject a submitted project; the talent is told, with the reason. */
  async screen(staffId: number, id: number, input: ScreenProject): Promise<ProjectRecord> {
    const outcome = screeningOutcome(input);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const current = await this.projects.findById(id, em);
      if (!current) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
      const values = {
        status: outcome.status,
        statusReason: outcome.reason,
        updatedAt: now,
        ...(outcome.status === 'accepted' ? { acceptedAt: now } : {}),
      };
      if (!(await this.projects.transition(id, ['submitted'], values, em))) {
        throw AppException.conflict(
          'PROJECT_INVALID_TRANSITION',
          `project ${id}: ${current.status} → ${outcome.status}`,
        );
      }
      await this.projects.insertHistory(
        { projectId: id, action: outcome.action, reason: outcome.reason, actorId: staffId, at: now },
        em,
      );
      await this.audit.insert(
        { actorId: staffId, action: `project.${outcome.action}`, entityType: ENTITY_TYPE, entityId: id },
        em,
      );
      const label = PROJECT_STATUS_LABELS[outcome.status];
      const name = quotedName(current);
      await this.notifications.notify(
        current.ownerId,
        {
          kind: 'project_status',
          title: M.screenedTitle(label),
          body: M.screenedBody(name, label, outcome.reason),
          link: { page: 'myProjects', id },
        },
        em,
      );
    });
    return this.readForStaff(id);
  }

  /**
   * Adds expert reviewers to an accepted project (those already assigned are left as they are). Each must be an active
   * reviewer, staff or admin account. A new, unscored assignment makes the review incomplete again.
   */
  async assignReviewers(staffId: number, id: number, reviewerIds: number[]): Promise<ProjectRecord> {
    const wanted = [...new Set(reviewerIds)];
    const accounts = await this.projects.findReviewerAccountsByIds(wanted);
    if (accounts.length !== wanted.length)
      throw new AppException('REVIEWER_INVALID', 422, 'not every id is an active reviewer, staff or admin account');
    const project = await this.projects.findById(id);
    if (!project) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      if (!(await this.projects.lockIn(id, ['accepted'], now, em))) {
        throw AppException.conflict(
          'PROJECT_INVALID_TRANSITION',
          `project ${id} is ${project.status}; only accepted projects are reviewed`,
        );
      }
      const already = new Set(await this.reviews.findAssignedAmong(id, wanted, em));
      const added = wanted.filter((r) => !already.has(r));
      if (added.length === 0) return;
      await this.reviews.insertAssignments(
        added.map((reviewerId) => ({ projectId: id, reviewerId, assignedBy: staffId, assignedAt: now })),
        em,
      );
      await this.projects.recountReviews(id, now, em);
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'project.reviewers.assign',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { reviewerIds: added },
        },
        em,
      );
      const name = quotedName(project);
      for (const reviewerId of added) {
        await this.notifications.notify(
          reviewerId,
          {
            kind: 'review_assigned',
            title: M.reviewAssignedTitle,
            body: M.reviewAssignedBody(name),
            link: { page: 'reviewScore', id },
          },
          em,
        );
      }
    });
    return this.readForStaff(id);
  }

  /** Takes back an assignment that has no scores yet. */
  async removeReviewer(staffId: number, id: number, reviewerId: number): Promise<ProjectRecord> {
    const project = await this.projects.findById(id);
    if (!project) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      if (!(await this.projects.lockIn(id, ['accepted'], now, em)))
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is ${project.status}`);
      if (!(await this.reviews.deleteUnscored(id, reviewerId, em))) {
        const existing = await this.reviews.findOne(id, reviewerId, em);
        if (!existing)
          throw AppException.notFound('REVIEWER_NOT_ASSIGNED', `user ${reviewerId} not assigned to project ${id}`);
        throw AppException.conflict(
          'PROJECT_INVALID_TRANSITION',
          `user ${reviewerId} has already scored project ${id}`,
        );
      }
      await this.projects.recountReviews(id, now, em);
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'project.reviewers.remove',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { reviewerId },
        },
        em,
      );
    });
    return this.readForStaff(id);
  }

  /** Puts an accepted project on the roadshow shortlist or takes it off; repeating it changes nothing. */
  async shortlist(staffId: number, id: number, shortlisted: boolean): Promise<ProjectRecord> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const current = await this.projects.findById(id, em);
      if (!current) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
      if (current.status !== 'accepted')
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is ${current.status}`);
      if (!(await this.projects.setShortlisted(id, shortlisted, now, em))) return;
      const action = shortlisted ? 'shortlisted' : 'unshortlisted';
      await this.projects.insertHistory({ projectId: id, action, reason: null, actorId: staffId, at: now }, em);
      await this.audit.insert(
        { actorId: staffId, action: `project.${action}`, entityType: ENTITY_TYPE, entityId: id },
        em,
      );
      if (shortlisted) {
        const name = quotedName(current);
        await this.notifications.notify(
          current.ownerId,
          {
            kind: 'project_status',
            title: M.shortlistedTitle,
            body: M.shortlistedBody(name),
            link: { page: 'myProjects', id },
          },
          em,
        );
      }
    });
    return this.readForStaff(id);
  }

  /** The experts first, then staff and admins; by name within each. */
  async reviewerAccounts(): Promise<{ items: ReviewerAccount[] }> {
    const rows = await this.projects.findReviewerAccounts(REVIEWER_LIST_CAP);
    const items = rows.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role as ReviewerAccount['role'] }));
    return { items: items.sort((a, b) => REVIEWER_ROLE_ORDER.indexOf(a.role) - REVIEWER_ROLE_ORDER.indexOf(b.role)) };
  }

  // ---- expert reviewers ----

  async queue(
    reviewerId: number,
    query: { page: number; pageSize: number; done?: 'true' | 'false' },
  ): Promise<Page<ReviewAssignment>> {
    const [rows, total] = await this.reviews.findPageForReviewer({
      reviewerId,
      done: query.done === undefined ? undefined : query.done === 'true',
      ...window(query),
    });
    const items = rows.map((r) => ({
      project: toProjectSummary(r.project),
      assignedAt: r.assignedAt.toISOString(),
      submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
      total: r.submittedAt ? r.total : null,
    }));
    return pageOf(items, total, query);
  }

  /** The project to score, with its details and only the caller's own review (experts score independently). */
  async readForReviewer(reviewerId: number, projectId: number): Promise<ProjectRecord> {
    if (!(await this.reviews.isAssigned(projectId, reviewerId))) {
      throw AppException.notFound('REVIEWER_NOT_ASSIGNED', `user ${reviewerId} not assigned to project ${projectId}`);
    }
    return this.records.read(projectId, { reviews: { ownOf: reviewerId }, score: false });
  }

  /**
   * Scores a project (or re-scores it: the new scores replace the old, nothing is counted twice). The project's
   * review count, average and "reviewed" time are recomputed in the same transaction, under the project's row lock.
   */
  async submitReview(reviewerId: number, projectId: number, input: SubmitReview): Promise<ProjectReview> {
    if (!(await this.reviews.isAssigned(projectId, reviewerId))) {
      throw AppException.notFound('REVIEWER_NOT_ASSIGNED', `user ${reviewerId} not assigned to project ${projectId}`);
    }
    const now = this.clock.now();
    const { comment, ...scores } = input;
    await this.dataSource.transaction(async (em) => {
      if (!(await this.projects.lockIn(projectId, ['accepted'], now, em))) {
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${projectId} is no longer accepted`);
      }
      if (
        !(await this.reviews.saveScores(
          projectId,
          reviewerId,
          { ...scores, total: weightedScore(scores), comment, submittedAt: now },
          em,
        ))
      ) {
        throw AppException.notFound(
          'REVIEWER_NOT_ASSIGNED',
          `assignment of user ${reviewerId} on project ${projectId} removed meanwhile`,
        );
      }
      await this.projects.recountReviews(projectId, now, em);
      await this.audit.insert(
        { actorId: reviewerId, action: 'project.review', entityType: ENTITY_TYPE, entityId: projectId },
        em,
      );
    });
    const saved = await this.reviews.findOne(projectId, reviewerId);
    if (!saved)
      throw AppException.notFound('REVIEWER_NOT_ASSIGNED', `assignment of user ${reviewerId} on project ${projectId}`);
    return toProjectReview(saved);
  }
}
