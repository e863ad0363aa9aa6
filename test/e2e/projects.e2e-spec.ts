import {
  myDataExportSchema,
  PITCH_DECK_MAX_BYTES,
  type ProjectRecord,
  projectDetailSchema,
  projectPageSchema,
  projectRecordPageSchema,
  projectRecordSchema,
  projectReviewSchema,
  rankingPageSchema,
  reviewAssignmentPageSchema,
  reviewerListSchema,
  talentCardPageSchema,
  weightedScore,
} from '@ihaigui/shared';
import { DataSource } from 'typeorm';
import { FileStorage } from '../../server/src/account/file-storage';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { EventEntity } from '../../server/src/event/event.entity';
import { IntentionEntity } from '../../server/src/intention/intention.entity';
import { ProjectEntity, ProjectReviewEntity } from '../../server/src/project/project.entity';
import { DEMO_PROJECTS } from '../../server/src/seed/demo-projects';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';
import { registerWithConsent } from './support/accounts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% test pitch deck\n'),
  Buffer.alloc(3_000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);

/** A project as the talent's form sends it. */
function projectInput(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    nameEn: `${name} (EN)`,
    field: 'ai',
    originRegion: 'uk',
    teamSize: 6,
    leaderDegree: 'phd',
    stage: 'prototype',
    financingNeed: 5_000_000,
    seeks: ['investment', 'site'],
    summary: '基于多模态大模型的工业视觉质检平台，已在两家制造企业试用，准备在本市设立研发中心。',
    details: '核心团队来自英国高校与工业界，拥有三项发明专利申请；计划在火炬高新区设立研发中心并招聘二十人。',
    contact: '林博士 · test@example.com',
    visibility: 'public',
    ...overrides,
  };
}

/** Supertest keeps a PDF response as a Buffer with this parser. */
function binary(
  res: { on(event: string, listener: (chunk?: Buffer) => void): unknown },
  cb: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c as Buffer));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe.each(DIALECTS)('talent projects on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  const ids: Record<string, number> = {};
  let enterpriseOrgId = 0;
  const clock = new ManualClock(new Date('2026-09-01T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let registered = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      // The clock moves on by hours during the flow; the sessions taken at the start must outlive it.
      env: {
        SEED_DEMO: 'true',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
        ACCESS_TOKEN_TTL_SECONDS: '86400',
      },
      extraModules: [QueryCounterModule],
    });
    tokens = await personaTokens(t, [
      'talent',
      'enterprise',
      'enterprise_unverified',
      'provider',
      'staff',
      'admin',
      'reviewer',
    ]);
    for (const persona of ['talent', 'staff', 'admin', 'reviewer', 'enterprise'] as const) {
      const me = await t.http.get('/api/v1/me').set(auth(tokens[persona])).expect(200);
      ids[persona] = me.body.id;
      if (persona === 'enterprise') enterpriseOrgId = me.body.organization.id;
    }
  });
  afterAll(() => t?.close());

  /** A new talent with consent (and a profile of the given visibility when asked). */
  async function newTalent(profile?: {
    visibility: 'public' | 'verified_orgs' | 'private';
    industry?: string;
    degree?: string;
  }): Promise<{ token: string; id: number }> {
    registered += 1;
    const token = await registerWithConsent(t, {
      username: `founder${registered}`,
      password: `f0under-pass-${registered}`,
      role: 'talent',
      displayName: `创业者${registered}`,
    });
    if (profile) {
      await t.http
        .put('/api/v1/me/talent-profile')
        .set(auth(token))
        .send({
          name: `创业者${registered}`,
          nationality: '中国',
          studyCountry: '英国',
          degree: profile.degree ?? 'phd',
          school: '帝国理工学院',
          major: '机器学习',
          field: '人工智能',
          returnYear: 2025,
          intent: 'startup',
          visibility: profile.visibility,
          industry: profile.industry ?? 'ai',
        })
        .expect(200);
    }
    const { body } = await t.http.get('/api/v1/me').set(auth(token)).expect(200);
    return { token, id: body.id as number };
  }

  /** An event row as the events feature stores it (published unless told otherwise). */
  async function event(startsInDays: number, status: 'draft' | 'published' = 'published'): Promise<number> {
    const startsAt = new Date(clock.now().getTime() + startsInDays * DAY);
    const saved = await t.app
      .get(DataSource)
      .getRepository(EventEntity)
      .save({
        title: `项目路演（测试 ${startsInDays}）`,
        titleEn: `Project roadshow (test ${startsInDays})`,
        kind: 'roadshow',
        status,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * HOUR),
        place: '厦门国际会议中心',
        capacity: 50,
        registrationDeadline: new Date(startsAt.getTime() - DAY),
        agenda: '14:00 路演',
        organisers: '厦门市人才服务中心',
        description: '测试用活动',
        createdBy: ids.staff,
        publishedAt: status === 'published' ? clock.now() : null,
      });
    return saved.id;
  }

  async function createProject(
    token: string,
    name: string,
    overrides: Record<string, unknown> = {},
  ): Promise<ProjectRecord> {
    const res = await t.http.post('/api/v1/me/projects').set(auth(token)).send(projectInput(name, overrides));
    expect(res.status).toBe(201);
    return projectRecordSchema.parse(res.body);
  }

  /** Registered, submitted and accepted: listed publicly. */
  async function acceptedProject(
    token: string,
    name: string,
    overrides: Record<string, unknown> = {},
  ): Promise<number> {
    const project = await createProject(token, name, overrides);
    await t.http.post(`/api/v1/me/projects/${project.id}/submit`).set(auth(token)).send({}).expect(200);
    await t.http
      .post(`/api/v1/staff/projects/${project.id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'accept' })
      .expect(200);
    return project.id;
  }

  const score = (
    token: string,
    projectId: number,
    scores: { innovation: number; team: number; market: number; localFit: number },
    comment = '技术扎实，建议关注市场验证。',
  ) =>
    t.http
      .put(`/api/v1/reviews/${projectId}`)
      .set(auth(token))
      .send({ ...scores, comment });

  const row = (id: number) => t.app.get(DataSource).getRepository(ProjectEntity).findOneByOrFail({ id });

  it('seeds the expert persona and demo projects at every stage', async () => {
    const accepted = DEMO_PROJECTS.filter((p) => p.status === 'accepted');
    const publicList = projectPageSchema.parse((await t.http.get('/api/v1/projects?pageSize=50').expect(200)).body);
    expect(publicList.total).toBe(accepted.filter((p) => p.input.visibility !== 'verified_orgs').length);
    const forOrgs = projectPageSchema.parse(
      (await t.http.get('/api/v1/projects?pageSize=50').set(auth(tokens.enterprise)).expect(200)).body,
    );
    expect(forOrgs.total).toBe(accepted.length);
    expect(forOrgs.items.filter((p) => p.shortlisted)).toHaveLength(3);

    const ranking = rankingPageSchema.parse(
      (await t.http.get('/api/v1/staff/projects/ranking').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(ranking.items.map((r) => r.rank)).toEqual(ranking.items.map((_, i) => i + 1));
    const scored = ranking.items.filter((r) => r.averageScore !== null);
    expect(scored.length).toBe(3);
    expect(ranking.items.slice(0, 3)).toEqual(scored);
    expect(scored[0]!.averageScore).toBeGreaterThanOrEqual(scored[1]!.averageScore!);

    const queue = reviewAssignmentPageSchema.parse(
      (await t.http.get('/api/v1/reviews?done=false').set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(queue.items.map((a) => a.project.name)).toEqual(['半导体晶圆微纳三维测量系统']);
    const done = reviewAssignmentPageSchema.parse(
      (await t.http.get('/api/v1/reviews?done=true').set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(done.total).toBe(3);

    const toScreen = projectRecordPageSchema.parse(
      (await t.http.get('/api/v1/staff/projects?view=submitted').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(toScreen.items.map((p) => p.name)).toEqual(['固态电池复合电解质材料']);
    const mine = projectRecordPageSchema.parse(
      (await t.http.get('/api/v1/me/projects').set(auth(tokens.talent)).expect(200)).body,
    );
    expect(mine.items.map((p) => p.status).sort()).toEqual(['accepted', 'returned']);
    expect(mine.items.every((p) => p.averageScore === null)).toBe(true);

    const reviewers = reviewerListSchema.parse(
      (await t.http.get('/api/v1/staff/reviewers').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(reviewers.items).toContainEqual({ id: ids.reviewer, displayName: '陈立新教授', role: 'reviewer' });
    expect(reviewers.items.map((r) => r.role)).not.toContain('talent');
    const me = await t.http.get('/api/v1/me').set(auth(tokens.reviewer)).expect(200);
    expect(me.body).toMatchObject({ role: 'reviewer', username: 'demo_expert' });
  });

  it('runs register → submit → return with a reason → edit → resubmit → accept → two experts score at once → ranking → shortlist', async () => {
    const talent = await newTalent();
    const eventId = await event(20);
    const created = await createProject(talent.token, '海归智能质检平台', { eventId });
    expect(created).toMatchObject({
      status: 'draft',
      submittedAt: null,
      reviews: null,
      averageScore: null,
      event: { id: eventId },
      canPropose: false,
    });
    expect(created.private).toMatchObject({
      contact: '林博士 · test@example.com',
      pitchDeck: null,
      leaderName: `创业者${registered}`,
    });
    const id = created.id;
    const mine = projectRecordPageSchema.parse(
      (await t.http.get('/api/v1/me/projects').set(auth(talent.token)).expect(200)).body,
    );
    expect(mine.items.map((p) => [p.id, p.status])).toEqual([[id, 'draft']]);

    clock.advance(HOUR);
    const submitted = projectRecordSchema.parse(
      (await t.http.post(`/api/v1/me/projects/${id}/submit`).set(auth(talent.token)).send({}).expect(200)).body,
    );
    expect(submitted.status).toBe('submitted');
    const registeredAt = submitted.submittedAt;
    expect(registeredAt).toBe(clock.now().toISOString());
    await t.http.post(`/api/v1/me/projects/${id}/submit`).set(auth(talent.token)).send({}).expect(409);
    const locked = await t.http
      .patch(`/api/v1/me/projects/${id}`)
      .set(auth(talent.token))
      .send({ teamSize: 8 })
      .expect(409);
    expect(locked.body.code).toBe('PROJECT_INVALID_TRANSITION');

    // Returning or rejecting needs a reason the talent reads.
    const noReason = await t.http
      .post(`/api/v1/staff/projects/${id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'return' })
      .expect(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    clock.advance(HOUR);
    const returned = projectRecordSchema.parse(
      (
        await t.http
          .post(`/api/v1/staff/projects/${id}/screen`)
          .set(auth(tokens.staff))
          .send({ decision: 'return', reason: '请补充团队分工' })
          .expect(200)
      ).body,
    );
    expect(returned).toMatchObject({ status: 'returned', statusReason: '请补充团队分工' });
    const inbox = await t.http.get('/api/v1/me/notifications').set(auth(talent.token)).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'project_status', link: { page: 'myProjects', id } });
    expect(inbox.body.items[0].body.zh).toContain('请补充团队分工');

    const seen = projectRecordSchema.parse(
      (await t.http.get(`/api/v1/me/projects/${id}`).set(auth(talent.token)).expect(200)).body,
    );
    expect(seen.history.map((h) => [h.action, h.reason])).toEqual([
      ['submitted', null],
      ['returned', '请补充团队分工'],
    ]);
    clock.advance(HOUR);
    const edited = await t.http
      .patch(`/api/v1/me/projects/${id}`)
      .set(auth(talent.token))
      .send({ teamSize: 8, details: '团队八人：三位博士负责算法，两位工程师负责部署，三位负责市场与交付，全职投入。' })
      .expect(200);
    expect(edited.body).toMatchObject({ teamSize: 8, field: 'ai', seeks: ['investment', 'site'] });
    clock.advance(HOUR);
    const again = projectRecordSchema.parse(
      (await t.http.post(`/api/v1/me/projects/${id}/submit`).set(auth(talent.token)).send({}).expect(200)).body,
    );
    expect(again).toMatchObject({ status: 'submitted', statusReason: null, submittedAt: registeredAt });

    clock.advance(HOUR);
    const accepted = projectRecordSchema.parse(
      (
        await t.http
          .post(`/api/v1/staff/projects/${id}/screen`)
          .set(auth(tokens.staff))
          .send({ decision: 'accept' })
          .expect(200)
      ).body,
    );
    expect(accepted).toMatchObject({ status: 'accepted', acceptedAt: clock.now().toISOString(), reviews: [] });
    await t.http
      .post(`/api/v1/staff/projects/${id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'reject', reason: '重复提交' })
      .expect(409);
    const acceptedView = projectRecordPageSchema.parse(
      (await t.http.get(`/api/v1/staff/projects?view=accepted&eventId=${eventId}`).set(auth(tokens.staff)).expect(200))
        .body,
    );
    expect(acceptedView.items.map((p) => p.id)).toEqual([id]);

    // Two expert reviewers: the expert persona and a staff member acting as one.
    const invalid = await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer, talent.id] })
      .expect(422);
    expect(invalid.body.code).toBe('REVIEWER_INVALID');
    const assigned = await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer, ids.staff] })
      .expect(200);
    expect(assigned.body.reviews.map((r: { reviewer: { id: number } }) => r.reviewer.id)).toEqual([
      ids.reviewer,
      ids.staff,
    ]);
    await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(200);
    expect(await row(id)).toMatchObject({ assignedCount: 2, reviewCount: 0, reviewedAt: null });
    const expertInbox = await t.http.get('/api/v1/me/notifications').set(auth(tokens.reviewer)).expect(200);
    expect(
      expertInbox.body.items.filter(
        (n: { kind: string; link: { id: number } }) => n.kind === 'review_assigned' && n.link.id === id,
      ),
    ).toHaveLength(1);
    expect(expertInbox.body.items[0].link).toEqual({ page: 'reviewScore', id });

    const queue = reviewAssignmentPageSchema.parse(
      (await t.http.get('/api/v1/reviews?done=false').set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(queue.items[0]).toMatchObject({ project: { id }, submittedAt: null, total: null });
    const toScore = projectRecordSchema.parse(
      (await t.http.get(`/api/v1/reviews/${id}`).set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(toScore.private?.details).toContain('团队八人');
    expect(toScore.reviews).toEqual([
      expect.objectContaining({ reviewer: { id: ids.reviewer, displayName: '陈立新教授' }, scores: null }),
    ]);
    expect(toScore.averageScore).toBeNull();

    // Both score at the same moment: neither score is lost.
    clock.advance(HOUR);
    const expertScores = { innovation: 9, team: 8, market: 8, localFit: 9 };
    const staffScores = { innovation: 8, team: 8, market: 8, localFit: 10 };
    const [a, b] = await Promise.all([score(tokens.reviewer, id, expertScores), score(tokens.staff, id, staffScores)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(projectReviewSchema.parse(a.body)).toMatchObject({
      scores: expertScores,
      total: weightedScore(expertScores),
      submittedAt: clock.now().toISOString(),
    });
    expect(b.body.total).toBe(84);
    expect(await row(id)).toMatchObject({
      assignedCount: 2,
      reviewCount: 2,
      averageScore: 84.5,
      reviewedAt: clock.now(),
    });

    // A second opinion replaces the first; nothing is counted twice, and "reviewed" keeps its first time.
    const reviewedAt = clock.now();
    clock.advance(HOUR);
    await score(tokens.reviewer, id, { innovation: 10, team: 8, market: 8, localFit: 9 }).expect(200);
    expect(await row(id)).toMatchObject({ reviewCount: 2, averageScore: 86, reviewedAt });
    const ownOnly = projectRecordSchema.parse(
      (await t.http.get(`/api/v1/reviews/${id}`).set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(ownOnly.reviews).toHaveLength(1);
    expect(ownOnly.reviews?.[0]).toMatchObject({ scores: { innovation: 10 }, total: 88 });
    const staffView = projectRecordSchema.parse(
      (await t.http.get(`/api/v1/staff/projects/${id}`).set(auth(tokens.staff)).expect(200)).body,
    );
    expect(staffView.averageScore).toBe(86);
    expect(staffView.reviews?.map((r) => r.total)).toEqual([88, 84]);

    // Ranking of the event: a better-scored project first, the unscored last.
    const other = await newTalent();
    const better = await acceptedProject(other.token, '固态电解质中试线', { eventId, field: 'new_energy_materials' });
    const unscored = await acceptedProject(other.token, '跨境医疗翻译服务', { eventId, field: 'modern_services' });
    await t.http
      .post(`/api/v1/staff/projects/${better}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(200);
    await score(tokens.reviewer, better, { innovation: 10, team: 9, market: 9, localFit: 9 }).expect(200);
    const ranking = rankingPageSchema.parse(
      (await t.http.get(`/api/v1/staff/projects/ranking?eventId=${eventId}`).set(auth(tokens.staff)).expect(200)).body,
    );
    expect(ranking.items.map((r) => [r.rank, r.project.id, r.averageScore, r.reviewCount, r.assignedCount])).toEqual([
      [1, better, 93, 1, 1],
      [2, id, 86, 2, 2],
      [3, unscored, null, 0, 0],
    ]);
    expect(ranking.items[1]!.byCriterion).toEqual({ innovation: 9, team: 8, market: 8, localFit: 9.5 });
    expect(ranking.items[2]!.byCriterion).toEqual({});
    const rankingView = projectRecordPageSchema.parse(
      (await t.http.get(`/api/v1/staff/projects?view=ranking&eventId=${eventId}`).set(auth(tokens.staff)).expect(200))
        .body,
    );
    expect(rankingView.items.map((p) => p.id)).toEqual([better, id, unscored]);

    // Shortlist (repeating changes nothing), off and on again: each change in the history.
    clock.advance(HOUR);
    const listed = projectRecordSchema.parse(
      (
        await t.http
          .put(`/api/v1/staff/projects/${id}/shortlist`)
          .set(auth(tokens.staff))
          .send({ shortlisted: true })
          .expect(200)
      ).body,
    );
    expect(listed.shortlisted).toBe(true);
    await t.http
      .put(`/api/v1/staff/projects/${id}/shortlist`)
      .set(auth(tokens.staff))
      .send({ shortlisted: true })
      .expect(200);
    await t.http
      .put(`/api/v1/staff/projects/${id}/shortlist`)
      .set(auth(tokens.staff))
      .send({ shortlisted: false })
      .expect(200);
    const final = projectRecordSchema.parse(
      (
        await t.http
          .put(`/api/v1/staff/projects/${id}/shortlist`)
          .set(auth(tokens.staff))
          .send({ shortlisted: true })
          .expect(200)
      ).body,
    );
    expect(final.history.map((h) => h.action)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
      'shortlisted',
      'unshortlisted',
      'shortlisted',
    ]);
    const shortlisted = projectRecordPageSchema.parse(
      (
        await t.http
          .get(`/api/v1/staff/projects?view=shortlisted&eventId=${eventId}`)
          .set(auth(tokens.staff))
          .expect(200)
      ).body,
    );
    expect(shortlisted.items.map((p) => p.id)).toEqual([id]);
    const ownerInbox = await t.http.get('/api/v1/me/notifications').set(auth(talent.token)).expect(200);
    expect(ownerInbox.body.items[0]).toMatchObject({ kind: 'project_status', title: { zh: '项目入围路演' } });
    const owned = projectRecordSchema.parse(
      (await t.http.get(`/api/v1/me/projects/${id}`).set(auth(talent.token)).expect(200)).body,
    );
    expect(owned).toMatchObject({ shortlisted: true, averageScore: null, reviews: null });

    const submittedOnly = await createProject(other.token, '尚未筛选的项目');
    await t.http.post(`/api/v1/me/projects/${submittedOnly.id}/submit`).set(auth(other.token)).send({}).expect(200);
    await t.http
      .put(`/api/v1/staff/projects/${submittedOnly.id}/shortlist`)
      .set(auth(tokens.staff))
      .send({ shortlisted: true })
      .expect(409);
    await t.http
      .post(`/api/v1/staff/projects/${submittedOnly.id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(409);

    // A new, unscored reviewer makes the review incomplete; taking them back completes it again.
    await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.admin] })
      .expect(200);
    expect(await row(id)).toMatchObject({ assignedCount: 3, reviewCount: 2, reviewedAt: null });
    const scoredOne = await t.http
      .delete(`/api/v1/staff/projects/${id}/reviewers/${ids.reviewer}`)
      .set(auth(tokens.staff))
      .expect(409);
    expect(scoredOne.body.code).toBe('PROJECT_INVALID_TRANSITION');
    const nobody = await t.http
      .delete(`/api/v1/staff/projects/${id}/reviewers/${talent.id}`)
      .set(auth(tokens.staff))
      .expect(404);
    expect(nobody.body.code).toBe('REVIEWER_NOT_ASSIGNED');
    clock.advance(HOUR);
    await t.http.delete(`/api/v1/staff/projects/${id}/reviewers/${ids.admin}`).set(auth(tokens.staff)).expect(200);
    expect(await row(id)).toMatchObject({ assignedCount: 2, reviewCount: 2, reviewedAt: clock.now() });
    const notMine = await t.http.get(`/api/v1/reviews/${unscored}`).set(auth(tokens.reviewer)).expect(404);
    expect(notMine.body.code).toBe('REVIEWER_NOT_ASSIGNED');
    await score(tokens.reviewer, unscored, expertScores).expect(404);
  });

  it('counts every score when many experts submit at once (no lost update)', async () => {
    const talent = await newTalent();
    const id = await acceptedProject(talent.token, '并发评分测试项目');
    // Reviewer accounts made by the admin (the role the admin may create), signing in with a password.
    const experts: Array<{ token: string; id: number }> = [];
    for (let i = 1; i <= 4; i += 1) {
      const created = await t.http
        .post('/api/v1/admin/staff')
        .set(auth(tokens.admin))
        .send({
          username: `expert${dialect}${i}`,
          password: `Exp3rt-pass-${i}x`,
          displayName: `评审专家${i}`,
          role: 'reviewer',
        })
        .expect(201);
      expect(created.body.role).toBe('reviewer');
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ username: `expert${dialect}${i}`, password: `Exp3rt-pass-${i}x` })
        .expect(200);
      experts.push({ token: login.body.accessToken, id: created.body.id });
    }
    await t.http.get('/api/v1/staff/projects').set(auth(experts[0]!.token)).expect(403);
    await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [...experts.map((e) => e.id), ids.reviewer] })
      .expect(200);
    const all = [...experts.map((e) => e.token), tokens.reviewer];
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all(
        all.map((token, i) => score(token, id, { innovation: (i + round) % 11, team: 5, market: 6, localFit: 7 })),
      );
      expect(results.map((r) => r.status)).toEqual(all.map(() => 200));
      const totals = all.map((_, i) =>
        weightedScore({ innovation: (i + round) % 11, team: 5, market: 6, localFit: 7 }),
      );
      const stored = await row(id);
      expect(stored.reviewCount).toBe(all.length);
      expect(stored.assignedCount).toBe(all.length);
      expect(stored.averageScore).toBeCloseTo(totals.reduce((s, x) => s + x, 0) / totals.length, 6);
      expect(stored.reviewedAt).not.toBeNull();
    }
    const rows = await t.app.get(DataSource).getRepository(ProjectReviewEntity).countBy({ projectId: id });
    expect(rows).toBe(all.length);
  });

  it('shows the details only to the owner, staff, assigned reviewers and organisations in an intention; verified_orgs projects only to verified organisations', async () => {
    const owner = await newTalent();
    const open = await acceptedProject(owner.token, '公开可见的项目', {
      field: 'biomedicine',
      originRegion: 'us',
      stage: 'revenue',
      seeks: ['partner'],
    });
    const restricted = await acceptedProject(owner.token, '仅认证机构可见的项目', {
      visibility: 'verified_orgs',
      field: 'biomedicine',
    });
    await t.http
      .post(`/api/v1/staff/projects/${open}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(200);
    const stranger = await newTalent();

    const detail = async (token: string | null, id: number) => {
      const req = t.http.get(`/api/v1/projects/${id}`);
      if (token) req.set(auth(token));
      return req;
    };
    const privateOf = async (token: string | null) => {
      const res = await detail(token, open);
      expect(res.status).toBe(200);
      return projectDetailSchema.parse(res.body);
    };
    for (const [who, token] of [
      ['owner', owner.token],
      ['staff', tokens.staff],
      ['admin', tokens.admin],
      ['reviewer', tokens.reviewer],
    ] as const) {
      const seen = await privateOf(token);
      expect({ who, contact: seen.private?.contact }).toEqual({ who, contact: '林博士 · test@example.com' });
    }
    for (const [who, token] of [
      ['anonymous', null],
      ['another talent', stranger.token],
      ['verified organisation without intention', tokens.enterprise],
      ['unverified organisation', tokens.enterprise_unverified],
      ['other verified organisation', tokens.provider],
    ] as const) {
      const seen = await privateOf(token);
      expect({ who, private: seen.private }).toEqual({ who, private: null });
    }
    expect((await privateOf(tokens.enterprise)).canPropose).toBe(true);
    expect((await privateOf(tokens.enterprise_unverified)).canPropose).toBe(false);
    expect((await privateOf(null)).canPropose).toBe(false);

    // verified_orgs: found by verified organisations, staff and those party to it; 404 for the rest.
    for (const token of [null, stranger.token, tokens.enterprise_unverified])
      expect((await detail(token, restricted)).status).toBe(404);
    for (const token of [tokens.enterprise, tokens.provider, tokens.staff, owner.token])
      expect((await detail(token, restricted)).status).toBe(200);
    const listOf = async (token: string | null) => {
      const req = t.http.get('/api/v1/projects').query({ pageSize: 50, field: 'biomedicine' });
      if (token) req.set(auth(token));
      return projectPageSchema.parse((await req.expect(200)).body).items.map((p) => p.id);
    };
    expect(await listOf(null)).toContain(open);
    expect(await listOf(null)).not.toContain(restricted);
    expect(await listOf(stranger.token)).not.toContain(restricted);
    expect(await listOf(tokens.enterprise_unverified)).not.toContain(restricted);
    expect(await listOf(tokens.enterprise)).toContain(restricted);
    expect(await listOf(tokens.staff)).toContain(restricted);
    expect(await listOf(owner.token)).toContain(restricted);
    const pub = projectPageSchema.parse(
      (await t.http.get('/api/v1/projects').query({ pageSize: 50 }).expect(200)).body,
    );
    expect(pub.items.every((p) => !('details' in p) && !('contact' in p) && !('private' in p))).toBe(true);

    // Filters, and the list in two statements whoever asks.
    const filtered = async (query: Record<string, string>) =>
      projectPageSchema
        .parse(
          (
            await t.http
              .get('/api/v1/projects')
              .query({ pageSize: 50, ...query })
              .expect(200)
          ).body,
        )
        .items.map((p) => p.id);
    expect(await filtered({ q: '公开可见' })).toEqual([open]);
    expect(await filtered({ q: '100%' })).toEqual([]);
    expect(await filtered({ field: 'biomedicine', originRegion: 'us', stage: 'revenue', seeks: 'partner' })).toEqual([
      open,
    ]);
    expect(await filtered({ field: 'biomedicine', seeks: 'customers' })).not.toContain(open);
    await t.http.get('/api/v1/projects').query({ stage: 'unknown' }).expect(400);
    for (const token of [null, tokens.enterprise]) {
      const counted = await countStatements(t, async () => {
        const req = t.http.get('/api/v1/projects?pageSize=20');
        if (token) req.set(auth(token));
        await req.expect(200);
      });
      expect(counted.handler).toBe(2);
    }

    // A proposal alone opens nothing; the details open while the intention is accepted or further on, and close
    // again once it is declined or withdrawn. Only an open intention stops the organisation proposing again.
    const intentions = t.app.get(DataSource).getRepository(IntentionEntity);
    const propose = async () =>
      (
        await t.http
          .post('/api/v1/org/intentions')
          .set(auth(tokens.enterprise))
          .send({ projectId: open, note: '希望进一步了解项目' })
          .expect(201)
      ).body.id as number;
    const move = (id: number, token: string, status: string) =>
      t.http.post(`/api/v1/intentions/${id}/steps`).set(auth(token)).send({ status }).expect(200);
    const proposed = await propose();
    const onlyProposed = await privateOf(tokens.enterprise);
    expect(onlyProposed.private).toBeNull();
    expect(onlyProposed.canPropose).toBe(false);
    await move(proposed, owner.token, 'declined');
    expect((await privateOf(tokens.enterprise)).private).toBeNull();
    expect((await privateOf(tokens.enterprise)).canPropose).toBe(true);

    const accepted = await propose();
    await move(accepted, owner.token, 'accepted');
    const party = await privateOf(tokens.enterprise);
    expect(party.private?.contact).toBe('林博士 · test@example.com');
    expect(party.canPropose).toBe(false);
    await move(accepted, tokens.enterprise, 'meeting');
    expect((await privateOf(tokens.enterprise)).private?.contact).toBe('林博士 · test@example.com');
    expect((await privateOf(tokens.provider)).private).toBeNull();
    await move(accepted, tokens.enterprise, 'withdrawn');
    const closed = await privateOf(tokens.enterprise);
    expect(closed.private).toBeNull();
    expect(closed.canPropose).toBe(true);
    expect(await intentions.countBy({ organizationId: enterpriseOrgId, projectId: open })).toBe(2);

    // Not accepted: not on the public side, even for its owner.
    const draft = await createProject(owner.token, '还在草稿的项目');
    expect((await detail(owner.token, draft.id)).status).toBe(404);
    expect((await detail(tokens.staff, draft.id)).body.code).toBe('PROJECT_NOT_FOUND');
    await t.http.get(`/api/v1/me/projects/${draft.id}`).set(auth(stranger.token)).expect(404);
    await t.http.get(`/api/v1/staff/projects/${draft.id}`).set(auth(tokens.staff)).expect(200);
  });

  it('takes a PDF pitch deck while the project can be edited and gives it to those who see the details', async () => {
    const owner = await newTalent();
    const stranger = await newTalent();
    const project = await createProject(owner.token, '路演材料测试项目');
    const upload = (token: string, data: Buffer, name = 'deck.pdf') =>
      t.http.post(`/api/v1/me/projects/${project.id}/pitch-deck`).set(auth(token)).attach('file', data, name);

    const notPdf = await upload(owner.token, Buffer.from('PK\x03\x04 not a pdf'), 'deck.pdf').expect(400);
    expect(notPdf.body.code).toBe('PITCH_DECK_NOT_PDF');
    const tooLarge = await upload(owner.token, Buffer.concat([PDF, Buffer.alloc(PITCH_DECK_MAX_BYTES, 0x20)])).expect(
      413,
    );
    expect(tooLarge.body.code).toBe('PITCH_DECK_TOO_LARGE');
    await upload(stranger.token, PDF).expect(404);
    await t.http
      .post(`/api/v1/me/projects/${project.id}/pitch-deck`)
      .set(auth(owner.token))
      .send({ file: 'x' })
      .expect(415);
    const uploaded = projectRecordSchema.parse((await upload(owner.token, PDF, '路演材料').expect(200)).body);
    expect(uploaded.private?.pitchDeck).toMatchObject({ fileName: '路演材料.pdf', size: PDF.length });
    const replaced = projectRecordSchema.parse((await upload(owner.token, PDF, 'deck-v2.pdf').expect(200)).body);
    expect(replaced.private?.pitchDeck?.fileName).toBe('deck-v2.pdf');

    await t.http.post(`/api/v1/me/projects/${project.id}/submit`).set(auth(owner.token)).send({}).expect(200);
    await upload(owner.token, PDF).expect(409);
    await t.http.delete(`/api/v1/me/projects/${project.id}/pitch-deck`).set(auth(owner.token)).expect(409);
    await t.http
      .post(`/api/v1/staff/projects/${project.id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'accept' })
      .expect(200);
    await t.http
      .post(`/api/v1/staff/projects/${project.id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(200);

    const download = (token: string | null) => {
      const req = t.http.get(`/api/v1/projects/${project.id}/pitch-deck`).buffer(true).parse(binary);
      if (token) req.set(auth(token));
      return req;
    };
    for (const token of [owner.token, tokens.staff, tokens.reviewer]) {
      const res = await download(token).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('deck-v2.pdf');
      expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    }
    for (const token of [stranger.token, tokens.enterprise, tokens.provider])
      expect((await download(token)).status).toBe(404);
    expect((await download(null)).status).toBe(401);
    // An organisation gets the deck only while its intention is accepted or further on.
    const proposal = await t.http
      .post('/api/v1/org/intentions')
      .set(auth(tokens.enterprise))
      .send({ projectId: project.id, note: '想看看路演材料' })
      .expect(201);
    expect((await download(tokens.enterprise)).status).toBe(404);
    const step = (status: string, token: string) =>
      t.http.post(`/api/v1/intentions/${proposal.body.id}/steps`).set(auth(token)).send({ status }).expect(200);
    await step('accepted', owner.token);
    expect(Buffer.compare((await download(tokens.enterprise).expect(200)).body as Buffer, PDF)).toBe(0);
    await step('withdrawn', tokens.enterprise);
    expect((await download(tokens.enterprise)).status).toBe(404);
    const trail = await t.app.get(AuditRepository).findForEntity('project', project.id);
    const reads = trail.filter((a) => a.action === 'project.pitch-deck.read').map((a) => a.actorId);
    expect(reads.sort()).toEqual([ids.staff, ids.reviewer, ids.enterprise].sort());

    // A draft's deck can be removed.
    const draft = await createProject(owner.token, '删除材料测试项目');
    await t.http
      .post(`/api/v1/me/projects/${draft.id}/pitch-deck`)
      .set(auth(owner.token))
      .attach('file', PDF, 'a.pdf')
      .expect(200);
    const removed = projectRecordSchema.parse(
      (await t.http.delete(`/api/v1/me/projects/${draft.id}/pitch-deck`).set(auth(owner.token)).expect(200)).body,
    );
    expect(removed.private?.pitchDeck).toBeNull();
    expect((await download(owner.token)).status).toBe(200);
    expect((await t.http.get(`/api/v1/projects/${draft.id}/pitch-deck`).set(auth(owner.token))).status).toBe(404);
  });

  it('refuses bad input with clear codes', async () => {
    const talent = await newTalent();
    const bad = await t.http
      .post('/api/v1/me/projects')
      .set(auth(talent.token))
      .send(projectInput('短', { summary: '太短', extra: 1 }))
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await t.http
      .post('/api/v1/me/projects')
      .set(auth(talent.token))
      .send(projectInput('没有诉求', { seeks: [] }))
      .expect(400);
    for (const eventId of [await event(10, 'draft'), await event(-1), 999_999]) {
      const res = await t.http
        .post('/api/v1/me/projects')
        .set(auth(talent.token))
        .send(projectInput('活动不可报名', { eventId }))
        .expect(422);
      expect(res.body.code).toBe('EVENT_NOT_FOUND');
    }
    const project = await createProject(talent.token, '输入校验项目');
    await t.http.patch(`/api/v1/me/projects/${project.id}`).set(auth(talent.token)).send({}).expect(400);
    await t.http
      .patch(`/api/v1/me/projects/${project.id}`)
      .set(auth(talent.token))
      .send({ status: 'accepted' })
      .expect(400);
    const lateEvent = await t.http
      .patch(`/api/v1/me/projects/${project.id}`)
      .set(auth(talent.token))
      .send({ eventId: await event(-2) })
      .expect(422);
    expect(lateEvent.body.code).toBe('EVENT_NOT_FOUND');
    await t.http
      .post('/api/v1/me/projects')
      .set(auth(tokens.enterprise))
      .send(projectInput('机构不能登记'))
      .expect(403);
    const noConsent = await t.http
      .post('/api/v1/auth/register')
      .send({ username: 'noconsentfounder', password: 'n0consent-pass', role: 'talent', displayName: '未同意' })
      .expect(201);
    const refused = await t.http
      .post('/api/v1/me/projects')
      .set(auth(noConsent.body.accessToken))
      .send(projectInput('未同意隐私政策'))
      .expect(403);
    expect(refused.body.code).toBe('CONSENT_REQUIRED');
    await t.http
      .post(`/api/v1/staff/projects/${project.id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'maybe' })
      .expect(400);
    await t.http
      .post(`/api/v1/staff/projects/${project.id}/screen`)
      .set(auth(tokens.staff))
      .send({ decision: 'accept' })
      .expect(409);
    await t.http
      .put(`/api/v1/reviews/${project.id}`)
      .set(auth(tokens.reviewer))
      .send({ innovation: 11, team: 5, market: 5, localFit: 5, comment: '分数超出范围' })
      .expect(400);
    await t.http.get('/api/v1/staff/projects?view=everything').set(auth(tokens.staff)).expect(400);
    await t.http.get('/api/v1/staff/projects/999999').set(auth(tokens.staff)).expect(404);

    // Deleting: a draft only.
    await t.http.post(`/api/v1/me/projects/${project.id}/submit`).set(auth(talent.token)).send({}).expect(200);
    await t.http.delete(`/api/v1/me/projects/${project.id}`).set(auth(talent.token)).expect(409);
    const draft = await createProject(talent.token, '要删除的草稿');
    await t.http.delete(`/api/v1/me/projects/${draft.id}`).set(auth(tokens.talent)).expect(404);
    await t.http.delete(`/api/v1/me/projects/${draft.id}`).set(auth(talent.token)).expect(204);
    await t.http.get(`/api/v1/me/projects/${draft.id}`).set(auth(talent.token)).expect(404);
  });

  it('lets verified organisations browse the talents who opted in', async () => {
    const open = await newTalent({ visibility: 'public', industry: 'semiconductor', degree: 'phd' });
    const orgsOnly = await newTalent({ visibility: 'verified_orgs', industry: 'semiconductor', degree: 'master' });
    const hidden = await newTalent({ visibility: 'private', industry: 'semiconductor', degree: 'phd' });
    const browse = async (query: Record<string, string>) =>
      talentCardPageSchema.parse(
        (
          await t.http
            .get('/api/v1/org/talents')
            .query({ pageSize: 50, ...query })
            .set(auth(tokens.enterprise))
            .expect(200)
        ).body,
      );
    const semis = await browse({ industry: 'semiconductor' });
    expect(semis.items.map((c) => c.userId).sort()).toEqual([open.id, orgsOnly.id].sort());
    expect(semis.items.map((c) => c.userId)).not.toContain(hidden.id);
    expect(semis.items.find((c) => c.userId === open.id)).toMatchObject({
      displayName: `创业者${registered - 2}`,
      degree: 'phd',
      studyCountry: '英国',
      canPropose: true,
    });
    expect((await browse({ industry: 'semiconductor', degree: 'master' })).items.map((c) => c.userId)).toEqual([
      orgsOnly.id,
    ]);
    const everyone = await browse({});
    expect(everyone.items.some((c) => c.displayName === '陈雨桐')).toBe(true);
    expect(everyone.items.some((c) => c.displayName === '郑可欣')).toBe(false);

    await t.app
      .get(DataSource)
      .getRepository(IntentionEntity)
      .save({
        organizationId: enterpriseOrgId,
        talentUserId: open.id,
        projectId: null,
        source: 'browse',
        proposedBy: 'organization',
        proposedByUserId: ids.enterprise,
        status: 'proposed',
        openKey: `o${enterpriseOrgId}:t${open.id}`,
        createdAt: clock.now(),
      });
    const after = await browse({ industry: 'semiconductor' });
    expect(after.items.find((c) => c.userId === open.id)?.canPropose).toBe(false);
    expect(after.items.find((c) => c.userId === orgsOnly.id)?.canPropose).toBe(true);
    const forProvider = talentCardPageSchema.parse(
      (
        await t.http
          .get('/api/v1/org/talents')
          .query({ industry: 'semiconductor' })
          .set(auth(tokens.provider))
          .expect(200)
      ).body,
    );
    expect(forProvider.items.every((c) => c.canPropose)).toBe(true);
    expect((await t.http.get('/api/v1/org/talents').set(auth(tokens.enterprise_unverified))).body.code).toBe(
      'ORGANIZATION_NOT_VERIFIED',
    );
    await t.http.get('/api/v1/org/talents').set(auth(open.token)).expect(403);
  });

  it('exports a talent’s projects and erases them, their reviews and pitch decks with the account', async () => {
    const talent = await newTalent();
    const draft = await createProject(talent.token, '导出测试草稿');
    await t.http
      .post(`/api/v1/me/projects/${draft.id}/pitch-deck`)
      .set(auth(talent.token))
      .attach('file', PDF, 'deck.pdf')
      .expect(200);
    const deckKey = (await row(draft.id)).pitchDeckKey as string;
    const accepted = await acceptedProject(talent.token, '导出测试已入库项目');
    await t.http
      .post(`/api/v1/staff/projects/${accepted}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer] })
      .expect(200);
    await score(tokens.reviewer, accepted, { innovation: 7, team: 7, market: 7, localFit: 7 }).expect(200);

    const exported = myDataExportSchema.parse(
      (await t.http.get('/api/v1/me/export').set(auth(talent.token)).expect(200)).body,
    );
    expect(exported.projects.map((p) => [p.name, p.status])).toEqual([
      ['导出测试已入库项目', 'accepted'],
      ['导出测试草稿', 'draft'],
    ]);
    expect(exported.projects[0]!.history.map((h) => h.action)).toEqual(['submitted', 'accepted']);
    expect(exported.projects[1]!.pitchDeck).toEqual({ fileName: 'deck.pdf', size: PDF.length });
    expect(exported.projects[1]!.details).toContain('核心团队');

    await t.http.delete('/api/v1/me').set(auth(talent.token)).expect(204);
    await t.http.get(`/api/v1/staff/projects/${accepted}`).set(auth(tokens.staff)).expect(404);
    await t.http.get(`/api/v1/projects/${accepted}`).expect(404);
    expect(await t.app.get(DataSource).getRepository(ProjectReviewEntity).countBy({ projectId: accepted })).toBe(0);
    const queue = reviewAssignmentPageSchema.parse(
      (await t.http.get('/api/v1/reviews?pageSize=50').set(auth(tokens.reviewer)).expect(200)).body,
    );
    expect(queue.items.map((a) => a.project.id)).not.toContain(accepted);
    await expect(t.app.get(FileStorage).read(deckKey)).rejects.toThrow();
  });

  it('drops a deleted expert’s open assignments, so the review can complete without them', async () => {
    await t.http
      .post('/api/v1/admin/staff')
      .set(auth(tokens.admin))
      .send({
        username: `leaving${dialect}`,
        password: 'Leav1ng-expert-pass',
        displayName: '即将离开的专家',
        role: 'reviewer',
      })
      .expect(201);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: `leaving${dialect}`, password: 'Leav1ng-expert-pass' })
      .expect(200);
    const owner = await newTalent();
    const id = await acceptedProject(owner.token, '专家注销测试项目');
    await t.http
      .post(`/api/v1/staff/projects/${id}/reviewers`)
      .set(auth(tokens.staff))
      .send({ reviewerIds: [ids.reviewer, login.body.user.id] })
      .expect(200);
    await score(tokens.reviewer, id, { innovation: 6, team: 6, market: 6, localFit: 6 }).expect(200);
    expect(await row(id)).toMatchObject({ assignedCount: 2, reviewCount: 1, reviewedAt: null });
    await t.http.delete('/api/v1/me').set(auth(login.body.accessToken)).expect(204);
    expect(await row(id)).toMatchObject({
      assignedCount: 1,
      reviewCount: 1,
      averageScore: 60,
      reviewedAt: clock.now(),
    });
  });
});
