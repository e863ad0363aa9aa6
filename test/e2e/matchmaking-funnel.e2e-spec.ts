import { type Dashboard, dashboardSchema, FUNNEL_STAGES, type FunnelStage } from '@ihaigui/shared';
import { DataSource } from 'typeorm';
import { RoadshowInterestEntity, RoadshowSlotEntity } from '../../server/src/event/event.entity';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

/**
 * Acceptance 1 of the matchmaking issue: one project travels the whole funnel through the API — registered, screened,
 * reviewed by two experts, shortlisted, given a roadshow slot, an organisation marks interest (an intention), accepted,
 * meeting, 意向协议, 落地签约 — and at every step the staff dashboard moves by exactly one in exactly one stage.
 */
const HOUR = 60 * 60 * 1000;
/** Actions answer 200 or 201 depending on whether they create something; either is success here. */
const success = (res: { status: number; body: unknown }) => {
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`expected success, got ${res.status} ${JSON.stringify(res.body)}`);
};

describe.each(DIALECTS)('matchmaking funnel on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  const clock = new ManualClock(new Date('2026-11-10T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const period = { from: '2026-11-01', to: '2026-11-30' };

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      // The clock moves an hour per step; the tokens must outlive the whole journey.
      env: {
        SEED_DEMO: 'true',
        ACCESS_TOKEN_TTL_SECONDS: '86400',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
      },
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'staff', 'reviewer']);
  });
  afterAll(() => t?.close());

  async function dashboard(eventId?: number): Promise<Dashboard> {
    const res = await t.http
      .get('/api/v1/staff/dashboard')
      .query({ ...period, ...(eventId ? { eventId } : {}) })
      .set(auth(tokens.staff))
      .expect(200);
    return dashboardSchema.parse(res.body);
  }
  const counts = (d: Dashboard) =>
    Object.fromEntries(d.funnel.map((r) => [r.stage, r.count])) as Record<FunnelStage, number>;

  /** Runs a step and checks that the citywide and the event's funnel each moved by one in `stage` only (or nowhere). */
  async function step(stage: FunnelStage | null, eventId: number, action: () => Promise<unknown>) {
    const [beforeAll_, beforeEvent] = [counts(await dashboard()), counts(await dashboard(eventId))];
    await action();
    clock.advance(HOUR);
    const [afterAll_, afterEvent] = [counts(await dashboard()), counts(await dashboard(eventId))];
    for (const s of FUNNEL_STAGES) {
      const expected = s === stage ? 1 : 0;
      expect({ stage: s, citywide: afterAll_[s] - beforeAll_[s], event: afterEvent[s] - beforeEvent[s] }).toEqual({
        stage: s,
        citywide: expected,
        event: expected,
      });
    }
  }

  it('moves the dashboard by exactly one at each step from registration to a signed landing agreement', async () => {
    const staff = auth(tokens.staff);
    const event = await t.http
      .post('/api/v1/staff/events')
      .set(staff)
      .send({
        title: '2026海外高层次人才项目路演（测试）',
        titleEn: 'Overseas talent project roadshow (test)',
        kind: 'roadshow',
        startsAt: '2026-11-20T06:00:00.000Z',
        endsAt: '2026-11-20T10:00:00.000Z',
        place: '厦门国际会议中心',
        capacity: 80,
        registrationDeadline: '2026-11-19T10:00:00.000Z',
        agenda: '14:00 项目路演；16:00 自由对接',
        organisers: '厦门市人才服务中心',
        description: '面向已入围项目的线下路演，欢迎投资机构与园区参加。',
      })
      .expect(201);
    const eventId = event.body.id as number;
    await t.http.post(`/api/v1/staff/events/${eventId}/publish`).set(staff).send({}).expect(success);

    const talent = auth(tokens.talent);
    await t.http.post('/api/v1/me/consent').set(talent).send({ policyVersion: PRIVACY_POLICY_VERSION });
    const project = await t.http
      .post('/api/v1/me/projects')
      .set(talent)
      .send({
        name: '海归智能质检平台（测试）',
        field: 'ai',
        originRegion: 'uk',
        teamSize: 6,
        leaderDegree: 'phd',
        stage: 'prototype',
        financingNeed: 5_000_000,
        seeks: ['investment', 'site'],
        summary: '基于多模态大模型的工业视觉质检平台，已在两家制造企业试用。',
        details: '核心团队来自英国高校与工业界，拥有三项发明专利申请；计划在火炬高新区设立研发中心。',
        contact: '林博士 138****0000',
        visibility: 'public',
        eventId,
      })
      .expect(201);
    const projectId = project.body.id as number;

    await step('registered', eventId, () =>
      t.http.post(`/api/v1/me/projects/${projectId}/submit`).set(talent).send({}).expect(success),
    );
    await step('screened', eventId, () =>
      t.http.post(`/api/v1/staff/projects/${projectId}/screen`).set(staff).send({ decision: 'accept' }).expect(success),
    );

    const reviewers = await t.http.get('/api/v1/staff/reviewers').set(staff).expect(200);
    const expertId = (reviewers.body.items as Array<{ id: number; role: string }>).find(
      (r) => r.role === 'reviewer',
    )!.id;
    const me = await t.http.get('/api/v1/me').set(staff).expect(200);
    await step(null, eventId, () =>
      t.http
        .post(`/api/v1/staff/projects/${projectId}/reviewers`)
        .set(staff)
        .send({ reviewerIds: [expertId, me.body.id] })
        .expect(success),
    );
    // Review is complete when both experts have scored: the first score moves nothing, the second moves "reviewed".
    await step(null, eventId, () =>
      t.http
        .put(`/api/v1/reviews/${projectId}`)
        .set(auth(tokens.reviewer))
        .send({ innovation: 9, team: 8, market: 8, localFit: 9, comment: '技术领先，团队完整，建议入围路演。' })
        .expect(200),
    );
    await step('reviewed', eventId, () =>
      t.http
        .put(`/api/v1/reviews/${projectId}`)
        .set(staff)
        .send({ innovation: 8, team: 8, market: 8, localFit: 10, comment: '与本市产业链高度契合。' })
        .expect(200),
    );
    const ranking = await t.http.get('/api/v1/staff/projects/ranking').query({ eventId }).set(staff).expect(200);
    expect(ranking.body.items[0]).toMatchObject({ project: { id: projectId }, reviewCount: 2, averageScore: 84.5 });

    await step(null, eventId, () =>
      t.http
        .put(`/api/v1/staff/projects/${projectId}/shortlist`)
        .set(staff)
        .send({ shortlisted: true })
        .expect(success),
    );
    let slotId = 0;
    await step('roadshow', eventId, async () => {
      const res = await t.http
        .post(`/api/v1/staff/events/${eventId}/slots`)
        .set(staff)
        .send({ projectId, minutes: 8 })
        .expect(201);
      slotId = (res.body.slots as Array<{ id: number; project: { id: number } }>).find(
        (s) => s.project.id === projectId,
      )!.id;
    });

    const org = auth(tokens.enterprise);
    let intentionId = 0;
    await step('intention', eventId, async () => {
      const res = await t.http
        .post(`/api/v1/events/${eventId}/slots/${slotId}/interest`)
        .set(org)
        .send({ note: '希望进一步了解落地需求' })
        .expect(201);
      intentionId = res.body.intentionId;
    });
    const move = (who: Record<string, string>, body: object) =>
      t.http.post(`/api/v1/intentions/${intentionId}/steps`).set(who).send(body).expect(success);
    await step(null, eventId, () => move(talent, { status: 'accepted', note: '欢迎来访' }));
    await step(null, eventId, () => move(org, { status: 'meeting', note: '11月15日在火炬园洽谈' }));
    await step('agreement', eventId, () => move(org, { status: 'agreement', note: '签署意向协议' }));
    await step('signed', eventId, () =>
      move(talent, {
        status: 'signed',
        note: '落地火炬高新区',
        registeredCapital: 10_000_000,
        investmentAmount: 30_000_000,
        district: 'torch',
      }),
    );

    const final = await dashboard(eventId);
    expect(final.byDistrict.find((r) => r.district === 'torch')).toMatchObject({
      signed: 1,
      registeredCapital: 10_000_000,
      investmentAmount: 30_000_000,
    });
    expect(final.byRegion.find((r) => r.key === 'uk')).toMatchObject({
      projects: 1,
      accepted: 1,
      intentions: 1,
      signed: 1,
    });
    const detail = await t.http.get(`/api/v1/intentions/${intentionId}`).set(talent).expect(200);
    expect(detail.body.steps.map((s: { status: string }) => s.status)).toEqual([
      'proposed',
      'accepted',
      'meeting',
      'agreement',
      'signed',
    ]);
  });

  it("leaves no dangling slot or interest behind when the project's owner deletes the account", async () => {
    const talentToken = (
      await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'founder_gone', password: 'f0under-gone-pass', role: 'talent', displayName: '已注销创业者' })
        .expect(201)
    ).body.accessToken as string;
    const talent = auth(talentToken);
    const staff = auth(tokens.staff);
    await t.http.post('/api/v1/me/consent').set(talent).send({ policyVersion: PRIVACY_POLICY_VERSION }).expect(success);
    const events = await t.http.get('/api/v1/staff/events').query({ status: 'published' }).set(staff).expect(200);
    const roadshow = (events.body.items as Array<{ id: number; kind: string; startsAt: string }>).find(
      (e) => e.kind === 'roadshow' && Date.parse(e.startsAt) > clock.now().getTime(),
    )!;
    const created = await t.http
      .post('/api/v1/me/projects')
      .set(talent)
      .send({
        name: '即将注销的项目',
        field: 'iot',
        originRegion: 'japan',
        teamSize: 3,
        leaderDegree: 'master',
        stage: 'idea',
        seeks: ['partner'],
        summary: '面向社区养老的物联网看护设备，已完成方案设计。',
        details: '团队三人，均有日本企业研发经历，需要合作伙伴与试点场景。',
        contact: 'founder@example.com',
      })
      .expect(201);
    const projectId = created.body.id as number;
    await t.http.post(`/api/v1/me/projects/${projectId}/submit`).set(talent).send({}).expect(success);
    await t.http
      .post(`/api/v1/staff/projects/${projectId}/screen`)
      .set(staff)
      .send({ decision: 'accept' })
      .expect(success);
    await t.http
      .put(`/api/v1/staff/projects/${projectId}/shortlist`)
      .set(staff)
      .send({ shortlisted: true })
      .expect(success);
    const withSlot = await t.http
      .post(`/api/v1/staff/events/${roadshow.id}/slots`)
      .set(staff)
      .send({ projectId })
      .expect(201);
    const slotId = (withSlot.body.slots as Array<{ id: number; project: { id: number } }>).find(
      (s) => s.project.id === projectId,
    )!.id;
    await t.http
      .post(`/api/v1/events/${roadshow.id}/slots/${slotId}/interest`)
      .set(auth(tokens.enterprise))
      .send({})
      .expect(201);

    await t.http.delete('/api/v1/me').set(talent).expect(204);

    const after = await t.http.get(`/api/v1/events/${roadshow.id}`).set(auth(tokens.enterprise)).expect(200);
    expect((after.body.slots as Array<{ project: { id: number } }>).map((s) => s.project.id)).not.toContain(projectId);
    const orgIntentions = await t.http
      .get('/api/v1/org/intentions')
      .query({ pageSize: 50 })
      .set(auth(tokens.enterprise))
      .expect(200);
    expect(
      (orgIntentions.body.items as Array<{ project: { id: number } | null }>).map((i) => i.project?.id),
    ).not.toContain(projectId);
    const staffView = await t.http.get(`/api/v1/staff/events/${roadshow.id}`).set(staff).expect(200);
    expect(staffView.body.slots.length).toBe(after.body.slots.length);
    const db = t.app.get(DataSource);
    expect(await db.getRepository(RoadshowSlotEntity).countBy({ projectId })).toBe(0);
    expect(await db.getRepository(RoadshowInterestEntity).countBy({ slotId })).toBe(0);
  });
});
