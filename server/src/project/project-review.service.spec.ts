import type { ProjectRecord, ProjectStatus, ReviewScores, SubmitReview } from '@ihaigui/shared';
import type { DataSource } from 'typeorm';
import { FakeAudit, FakeClock, fakeDataSource, FakeNotifications, rejection } from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import type { ProjectRecords } from './project-records';
import type { ProjectReviewRepository, ReviewRow } from './project-review.repository';
import { ProjectReviewService } from './project-review.service';
import type { ProjectEntity, ProjectHistoryEntity, ProjectReviewEntity } from './project.entity';
import type { ProjectRepository } from './project.repository';

const PROJECT = 17;
const OWNER = 7;
const STAFF = 1;
const EXPERT_A = 60;
const EXPERT_B = 61;
const NOT_A_REVIEWER = 70;
const NOW = new Date('2025-06-02T08:00:00.000Z');

// ---- test data ----

function project(overrides: Partial<ProjectEntity> = {}): ProjectEntity {
  return {
    id: PROJECT,
    ownerId: OWNER,
    name: '智能质检',
    nameEn: 'Smart inspection',
    status: 'accepted',
    statusReason: null,
    acceptedAt: new Date('2025-05-20T08:00:00.000Z'),
    reviewedAt: null,
    shortlistedAt: null,
    assignedCount: 0,
    reviewCount: 0,
    averageScore: null,
    updatedAt: new Date('2025-05-20T08:00:00.000Z'),
    ...overrides,
  } as ProjectEntity;
}

function scores(overrides: Partial<ReviewScores> = {}, comment = '团队扎实，市场清晰'): SubmitReview {
  return { innovation: 8, team: 6, market: 7, localFit: 9, ...overrides, comment };
}

// ---- fakes ----

/** The review assignments and scores of projects in memory. */
class FakeReviews {
  readonly rows: ProjectReviewEntity[] = [];

  of(projectId: number) {
    return this.rows.filter((r) => r.projectId === projectId);
  }

  find(projectId: number, reviewerId: number) {
    return this.rows.find((r) => r.projectId === projectId && r.reviewerId === reviewerId);
  }

  async isAssigned(projectId: number, reviewerId: number) {
    return this.find(projectId, reviewerId) !== undefined;
  }

  async findOne(projectId: number, reviewerId: number): Promise<ReviewRow | null> {
    const row = this.find(projectId, reviewerId);
    return row ? { ...row, reviewer: { id: reviewerId, displayName: `专家${reviewerId}` } } : null;
  }

  async findAssignedAmong(projectId: number, reviewerIds: number[]) {
    return this.of(projectId)
      .map((r) => r.reviewerId)
      .filter((id) => reviewerIds.includes(id));
  }

  async insertAssignments(
    rows: Array<Pick<ProjectReviewEntity, 'projectId' | 'reviewerId' | 'assignedBy' | 'assignedAt'>>,
  ) {
    for (const row of rows) {
      this.rows.push({
        id: this.rows.length + 1,
        innovation: null,
        team: null,
        market: null,
        localFit: null,
        total: null,
        comment: null,
        submittedAt: null,
        ...row,
      });
    }
  }

  async deleteUnscored(projectId: number, reviewerId: number) {
    const row = this.find(projectId, reviewerId);
    if (!row || row.submittedAt) return false;
    this.rows.splice(this.rows.indexOf(row), 1);
    return true;
  }

  async saveScores(projectId: number, reviewerId: number, values: Partial<ProjectReviewEntity>) {
    const row = this.find(projectId, reviewerId);
    if (!row) return false;
    Object.assign(row, values);
    return true;
  }
}

/** Project rows in memory; the review counters are recomputed from the fake reviews as the repository's UPDATE does. */
class FakeProjects {
  readonly rows = new Map<number, ProjectEntity>();
  readonly history: Array<Omit<ProjectHistoryEntity, 'id'>> = [];
  /** How often the counters were recomputed (after every change to the assignments or scores). */
  recounts = 0;

  constructor(
    private readonly reviews: FakeReviews,
    ...projects: ProjectEntity[]
  ) {
    for (const p of projects) this.rows.set(p.id, p);
  }

  get(id: number): ProjectEntity {
    return this.rows.get(id)!;
  }

  async findById(id: number) {
    const row = this.rows.get(id);
    return row ? { ...row } : null;
  }

  async transition(id: number, from: ProjectStatus[], values: Partial<ProjectEntity>) {
    const row = this.rows.get(id);
    if (!row || !from.includes(row.status)) return false;
    Object.assign(row, values);
    return true;
  }

  lockIn(id: number, from: ProjectStatus[], now: Date) {
    return this.transition(id, from, { updatedAt: now });
  }

  async recountReviews(id: number, now: Date) {
    this.recounts += 1;
    const all = this.reviews.of(id);
    const scored = all.filter((r) => r.submittedAt !== null);
    const row = this.get(id);
    row.assignedCount = all.length;
    row.reviewCount = scored.length;
    row.averageScore = scored.length ? scored.reduce((sum, r) => sum + (r.total ?? 0), 0) / scored.length : null;
    row.reviewedAt = all.length === 0 || scored.length < all.length ? null : (row.reviewedAt ?? now);
  }

  async setShortlisted(id: number, on: boolean, now: Date) {
    const row = this.get(id);
    if (row.status !== 'accepted' || (row.shortlistedAt !== null) === on) return false;
    row.shortlistedAt = on ? now : null;
    return true;
  }

  async insertHistory(values: Omit<ProjectHistoryEntity, 'id'>) {
    this.history.push(values);
  }

  async findReviewerAccountsByIds(ids: number[]) {
    return ids
      .filter((id) => [EXPERT_A, EXPERT_B, STAFF].includes(id))
      .map((id) => ({ id, displayName: `专家${id}`, role: id === STAFF ? 'staff' : 'reviewer' }));
  }
}

function setup(theProject: ProjectEntity = project()) {
  const reviews = new FakeReviews();
  const projects = new FakeProjects(reviews, theProject);
  const notifications = new FakeNotifications();
  const audit = new FakeAudit();
  const records = { read: async (id: number) => ({ id }) as unknown as ProjectRecord };
  const service = new ProjectReviewService(
    projects as unknown as ProjectRepository,
    reviews as unknown as ProjectReviewRepository,
    records as unknown as ProjectRecords,
    notifications as unknown as NotificationService,
    audit as unknown as AuditService,
    {} as AccountErasure,
    fakeDataSource() as DataSource,
    new FakeClock(NOW),
  );
  return { service, projects, reviews, notifications, audit };
}

// ---- scoring ----

describe('ProjectReviewService.submitReview', () => {
  it('saves the scores with their weighted total out of 100 and audits the review', async () => {
    const { service, audit } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);

    const review = await service.submitReview(EXPERT_A, PROJECT, scores());

    // innovation 30%, team 25%, market 25%, local fit 20%: 24 + 15 + 17.5 + 18.
    expect(review).toMatchObject({
      scores: { innovation: 8, team: 6, market: 7, localFit: 9 },
      total: 74.5,
      comment: '团队扎实，市场清晰',
      submittedAt: NOW.toISOString(),
    });
    expect(audit.entries.at(-1)).toMatchObject({ actorId: EXPERT_A, action: 'project.review', entityId: PROJECT });
  });

  it('weighs innovation more than local fit', async () => {
    const { service } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A, EXPERT_B]);

    const innovative = await service.submitReview(EXPERT_A, PROJECT, scores({ innovation: 10, localFit: 0 }));
    const local = await service.submitReview(EXPERT_B, PROJECT, scores({ innovation: 0, localFit: 10 }));

    // 30 + 15 + 17.5 + 0 against 0 + 15 + 17.5 + 20.
    expect(innovative.total).toBe(62.5);
    expect(local.total).toBe(52.5);
  });

  it('refuses an expert not assigned to the project', async () => {
    const { service, reviews, audit } = setup();

    expect(await rejection(service.submitReview(EXPERT_A, PROJECT, scores()))).toEqual({
      code: 'REVIEWER_NOT_ASSIGNED',
      status: 404,
    });
    expect(reviews.rows).toEqual([]);
    expect(audit.entries).toEqual([]);
  });

  it('refuses scores once the project is no longer accepted', async () => {
    const { service, projects, reviews } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);
    projects.get(PROJECT).status = 'rejected';

    expect(await rejection(service.submitReview(EXPERT_A, PROJECT, scores()))).toEqual({
      code: 'PROJECT_INVALID_TRANSITION',
      status: 409,
    });
    expect(reviews.find(PROJECT, EXPERT_A)?.submittedAt).toBeNull();
  });

  it('averages the experts and completes the review only when every assigned expert has scored', async () => {
    const { service, projects } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A, EXPERT_B]);

    await service.submitReview(EXPERT_A, PROJECT, scores());
    expect(projects.get(PROJECT)).toMatchObject({ reviewCount: 1, averageScore: 74.5, reviewedAt: null });

    await service.submitReview(EXPERT_B, PROJECT, scores({ innovation: 6, team: 6, market: 6, localFit: 6 }, '尚可'));
    expect(projects.get(PROJECT)).toMatchObject({ assignedCount: 2, reviewCount: 2, averageScore: 67.25 });
    expect(projects.get(PROJECT).reviewedAt).toEqual(NOW);
  });

  it('replaces the earlier scores when an expert scores again, counting them once', async () => {
    const { service, projects } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);
    await service.submitReview(EXPERT_A, PROJECT, scores());

    const again = await service.submitReview(
      EXPERT_A,
      PROJECT,
      scores({ innovation: 10, team: 10, market: 10, localFit: 10 }),
    );

    expect(again.total).toBe(100);
    expect(projects.get(PROJECT)).toMatchObject({ reviewCount: 1, averageScore: 100 });
  });
});

// ---- assignments ----

describe('ProjectReviewService: assigning experts', () => {
  it('assigns new experts, tells each of them and audits who was added', async () => {
    const { service, reviews, notifications, audit } = setup();

    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A, EXPERT_B, EXPERT_A]);

    expect(reviews.of(PROJECT).map((r) => [r.reviewerId, r.assignedBy])).toEqual([
      [EXPERT_A, STAFF],
      [EXPERT_B, STAFF],
    ]);
    expect(notifications.sent).toMatchObject([
      { to: { userId: EXPERT_A }, message: { kind: 'review_assigned', link: { page: 'reviewScore', id: PROJECT } } },
      { to: { userId: EXPERT_B }, message: { kind: 'review_assigned' } },
    ]);
    expect(audit.entries).toMatchObject([
      { action: 'project.reviewers.assign', detail: { reviewerIds: [EXPERT_A, EXPERT_B] } },
    ]);
  });

  it('leaves experts already assigned as they are: repeating an assignment writes and tells nothing', async () => {
    const { service, reviews, notifications, audit } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);

    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);

    expect(reviews.rows).toHaveLength(1);
    expect(notifications.sent).toHaveLength(1);
    expect(audit.entries).toHaveLength(1);
  });

  it('makes a completed review incomplete again when another expert is added', async () => {
    const { service, projects } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A]);
    await service.submitReview(EXPERT_A, PROJECT, scores());
    expect(projects.get(PROJECT).reviewedAt).toEqual(NOW);

    await service.assignReviewers(STAFF, PROJECT, [EXPERT_B]);

    expect(projects.get(PROJECT)).toMatchObject({ assignedCount: 2, reviewCount: 1, reviewedAt: null });
  });

  it('accepts only reviewer, staff or admin accounts, and only on an accepted project', async () => {
    const { service, reviews } = setup();
    expect(await rejection(service.assignReviewers(STAFF, PROJECT, [EXPERT_A, NOT_A_REVIEWER]))).toEqual({
      code: 'REVIEWER_INVALID',
      status: 422,
    });

    const submitted = setup(project({ status: 'submitted' }));
    expect(await rejection(submitted.service.assignReviewers(STAFF, PROJECT, [EXPERT_A]))).toEqual({
      code: 'PROJECT_INVALID_TRANSITION',
      status: 409,
    });
    expect([...reviews.rows, ...submitted.reviews.rows]).toEqual([]);
  });

  it('takes back an assignment without scores, but not one already scored', async () => {
    const { service, reviews, projects, audit } = setup();
    await service.assignReviewers(STAFF, PROJECT, [EXPERT_A, EXPERT_B]);
    await service.submitReview(EXPERT_A, PROJECT, scores());

    await service.removeReviewer(STAFF, PROJECT, EXPERT_B);

    expect(reviews.of(PROJECT).map((r) => r.reviewerId)).toEqual([EXPERT_A]);
    expect(projects.get(PROJECT)).toMatchObject({ assignedCount: 1, reviewedAt: NOW });
    expect(audit.actions()).toContain('project.reviewers.remove');
    expect(await rejection(service.removeReviewer(STAFF, PROJECT, EXPERT_A))).toEqual({
      code: 'PROJECT_INVALID_TRANSITION',
      status: 409,
    });
    expect(await rejection(service.removeReviewer(STAFF, PROJECT, EXPERT_B))).toEqual({
      code: 'REVIEWER_NOT_ASSIGNED',
      status: 404,
    });
  });
});

// ---- screening and the shortlist ----

describe('ProjectReviewService: screening and the shortlist', () => {
  it('accepts a submitted project, records it and tells the owner', async () => {
    const { service, projects, notifications, audit } = setup(project({ status: 'submitted', acceptedAt: null }));

    await service.screen(STAFF, PROJECT, { decision: 'accept', reason: null });

    expect(projects.get(PROJECT)).toMatchObject({ status: 'accepted', acceptedAt: NOW, statusReason: null });
    expect(projects.history).toMatchObject([{ action: 'accepted', actorId: STAFF }]);
    expect(audit.actions()).toEqual(['project.accepted']);
    expect(notifications.sent).toMatchObject([{ to: { userId: OWNER }, message: { kind: 'project_status' } }]);
  });

  it('screens only submitted projects', async () => {
    const { service, projects, notifications } = setup(project({ status: 'accepted' }));

    expect(await rejection(service.screen(STAFF, PROJECT, { decision: 'reject', reason: '不符合' }))).toEqual({
      code: 'PROJECT_INVALID_TRANSITION',
      status: 409,
    });
    expect(projects.get(PROJECT).status).toBe('accepted');
    expect(notifications.sent).toEqual([]);
  });

  it('shortlists an accepted project once, telling the owner; a repeat changes nothing', async () => {
    const { service, projects, notifications, audit } = setup();

    await service.shortlist(STAFF, PROJECT, true);
    await service.shortlist(STAFF, PROJECT, true);
    await service.shortlist(STAFF, PROJECT, false);

    expect(projects.get(PROJECT).shortlistedAt).toBeNull();
    expect(projects.history.map((h) => h.action)).toEqual(['shortlisted', 'unshortlisted']);
    expect(audit.actions()).toEqual(['project.shortlisted', 'project.unshortlisted']);
    expect(notifications.sent).toMatchObject([{ to: { userId: OWNER } }]);
  });
});
