import { DataSource } from 'typeorm';
import {
  type ChallengeInputRaw,
  challengeDetailSchema,
  challengePageSchema,
  challengeRecordPageSchema,
  challengeRecordSchema,
  challengeResponsePageSchema,
  challengeResponseSchema,
  intentionDetailSchema,
} from '@ihaigui/shared';
import { DEMO_PERSONA_USERNAMES } from '../../server/src/account/demo-personas';
import { UserEntity } from '../../server/src/account/user.entity';
import { AuditLogEntity } from '../../server/src/audit/audit-log.entity';
import { ChallengeEntity } from '../../server/src/challenge/challenge.entity';
import { addDays, localDate } from '../../server/src/common/time/local-date';
import { IntentionEntity } from '../../server/src/intention/intention.entity';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { OrganizationMemberEntity } from '../../server/src/organization/organization-member.entity';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { DEMO_CHALLENGES, DEMO_INTENTIONS } from '../../server/src/seed/demo-challenges';
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';
import { registerWithConsent } from './support/accounts';

const DAY = 24 * 60 * 60 * 1000;
const ENTERPRISE_OPENID = 'o_enterprise_challenge_openid';
const PERSONAS = ['talent', 'enterprise', 'enterprise_unverified', 'provider', 'staff'] as const;

describe.each(DIALECTS)('challenges on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeWechat;
  let db: DataSource;
  let tokens: Record<string, string>;
  const clock = new ManualClock(new Date('2026-10-12T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const today = () => localDate(clock.now());
  let registered = 0;
  let enterpriseUser: number;
  let enterpriseOrg: number;

  /** A challenge as the organisation's form sends it; tests change what they need. */
  function challengeInput(overrides: Partial<ChallengeInputRaw> = {}): ChallengeInputRaw {
    return {
      title: '高精度光学镜片镀膜工艺优化',
      titleEn: 'Improving the coating process of precision optical lenses',
      field: 'smart_manufacturing',
      problem: '我司光学镜片多层镀膜良率约 85%，膜层附着力与光谱一致性波动较大，希望优化镀膜工艺参数与在线监控方法。',
      problemEn: 'Our multi-layer lens coating yields about 85%, with unstable adhesion and spectra.',
      expectedOutcome: '良率提升至 95% 以上，形成可复制的工艺文件。',
      expectedOutcomeEn: 'Yield above 95% and a repeatable process document.',
      budgetMin: 200_000,
      budgetMax: 500_000,
      deadline: addDays(today(), 30),
      ...overrides,
    };
  }

  beforeAll(async () => {
    fake = await startFakeWechat();
    t = await startTestApp(dialect, {
      clock,
      env: {
        SEED_DEMO: 'true',
        WECHAT_BASE_URL: fake.baseUrl,
        WECHAT_APP_ID: fake.appId,
        WECHAT_APP_SECRET: fake.appSecret,
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
      },
      extraModules: [QueryCounterModule],
    });
    db = t.app.get(DataSource);
    tokens = await personaTokens(t, PERSONAS);
    // The enterprise persona signed in with WeChat once (the content check needs the author's openid).
    await db
      .getRepository(UserEntity)
      .update({ username: DEMO_PERSONA_USERNAMES.enterprise }, { openid: ENTERPRISE_OPENID });
    enterpriseUser = (
      await db.getRepository(UserEntity).findOneByOrFail({ username: DEMO_PERSONA_USERNAMES.enterprise })
    ).id;
    enterpriseOrg = (await db.getRepository(OrganizationMemberEntity).findOneByOrFail({ userId: enterpriseUser }))
      .organizationId;
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  /** Moves the clock; access tokens live 15 minutes, so everyone signs in again. */
  async function advance(ms: number) {
    clock.advance(ms);
    tokens = await personaTokens(t, PERSONAS);
  }

  /** A new talent with consent and a profile. */
  async function newTalent(): Promise<{ token: string; id: number; name: string }> {
    registered += 1;
    const name = `揭榜人${registered}`;
    const token = await registerWithConsent(t, {
      username: `solver${registered}`,
      password: `solver-pass-${registered}`,
      role: 'talent',
      displayName: name,
    });
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth(token))
      .send({
        name,
        nationality: '中国',
        studyCountry: '日本',
        degree: 'phd',
        school: '东京大学',
        major: '光学工程',
        field: '光学',
        returnYear: 2024,
        intent: 'both',
      })
      .expect(200);
    return { token, id: (await t.http.get('/api/v1/me').set(auth(token)).expect(200)).body.id, name };
  }

  /** A project registered straight in the table (the projects feature has its own tests for getting there). */
  async function project(ownerId: number, status: 'accepted' | 'submitted' = 'accepted'): Promise<number> {
    const repo = db.getRepository(ProjectEntity);
    const saved = await repo.save(
      repo.create({
        ownerId,
        name: `光学镀膜在线监测${registered}`,
        field: 'smart_manufacturing',
        originRegion: 'japan',
        teamSize: 4,
        leaderDegree: 'phd',
        stage: 'prototype',
        seeks: ',customers,',
        summary: '光谱在线监测与闭环控制。',
        details: '基于宽带光谱的膜厚在线监测。',
        contact: '邮件',
        visibility: 'public',
        status,
      }),
    );
    return saved.id;
  }

  function post(input: ChallengeInputRaw, token = tokens.enterprise) {
    return t.http.post('/api/v1/org/challenges').set(auth(token)).send(input);
  }

  async function postOpen(overrides: Partial<ChallengeInputRaw> = {}) {
    const created = await post(challengeInput(overrides));
    expect(created.status).toBe(201);
    const reviewed = await t.http
      .post(`/api/v1/staff/challenges/${created.body.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' });
    expect(reviewed.status).toBe(200);
    return challengeRecordSchema.parse(reviewed.body);
  }

  function respond(
    token: string,
    challengeId: number,
    body: Record<string, unknown> = {
      proposal: '我们团队在日本从事镀膜工艺研究八年，可提供在线光谱监控与参数优化方案。',
      projectId: null,
    },
  ) {
    return t.http.post(`/api/v1/challenges/${challengeId}/responses`).set(auth(token)).send(body);
  }

  function notificationsOf(userId: number, kind: string) {
    return db
      .getRepository(NotificationEntity)
      .find({ where: { userId, kind: kind as NotificationEntity['kind'] }, order: { id: 'ASC' } });
  }

  it('seeds open demo challenges from several organisations, and demo intentions on the demo projects', async () => {
    const page = challengePageSchema.parse((await t.http.get('/api/v1/challenges?pageSize=50').expect(200)).body);
    expect(page.total).toBe(DEMO_CHALLENGES.length);
    expect(new Set(page.items.map((c) => c.organization.id)).size).toBe(DEMO_CHALLENGES.length);
    const times = page.items.map((c) => Date.parse(c.publishedAt ?? ''));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.items.every((c) => c.status === 'open' && c.deadline > today() && c.titleEn)).toBe(true);

    const intentions = await db.getRepository(IntentionEntity).find({ order: { id: 'ASC' } });
    expect(intentions.map((i) => i.status)).toEqual(DEMO_INTENTIONS.map((d) => d.steps[d.steps.length - 1]?.status));
    const signed = intentions.find((i) => i.status === 'signed');
    expect(signed).toMatchObject({
      openKey: null,
      registeredCapital: 5_000_000,
      investmentAmount: 20_000_000,
      district: 'huli',
    });
    // The talent persona has an intention waiting for an answer.
    const waiting = await t.http.get('/api/v1/me/intentions?status=proposed').set(auth(tokens.talent)).expect(200);
    expect(waiting.body.items).toHaveLength(1);
    const detail = intentionDetailSchema.parse(
      (await t.http.get(`/api/v1/intentions/${waiting.body.items[0].id}`).set(auth(tokens.talent)).expect(200)).body,
    );
    expect(detail).toMatchObject({
      mySide: 'talent',
      allowedMoves: ['accepted', 'declined', 'withdrawn'],
      project: { name: '半导体晶圆微纳三维测量系统' },
    });
  });

  it('runs post → content check → staff review → two responses → shortlist → pick → intention, and tells the one not picked', async () => {
    // Posted: checked with the author's openid, waiting for review, not public.
    const checksBefore = fake.contentChecks.length;
    const created = await post(challengeInput());
    expect(created.status).toBe(201);
    const record = challengeRecordSchema.parse(created.body);
    expect(record).toMatchObject({
      status: 'pending',
      contentCheck: 'pass',
      responseCount: 0,
      publishedAt: null,
      organization: { id: enterpriseOrg },
    });
    expect(fake.contentChecks[checksBefore]).toMatchObject({ openid: ENTERPRISE_OPENID });
    expect(String(fake.contentChecks[checksBefore]?.content)).toContain('镀膜工艺参数');
    await t.http.get(`/api/v1/challenges/${record.id}`).expect(404);
    const solverA = await newTalent();
    await t.http.get(`/api/v1/challenges/${record.id}`).set(auth(solverA.token)).expect(404);
    // Its organisation and staff can open it.
    await t.http.get(`/api/v1/challenges/${record.id}`).set(auth(tokens.enterprise)).expect(200);
    await t.http.get(`/api/v1/challenges/${record.id}`).set(auth(tokens.staff)).expect(200);
    expect((await respond(solverA.token, record.id)).status).toBe(404);

    // Staff approve: open, published, the organisation is told.
    await advance(60_000);
    const approved = await t.http
      .post(`/api/v1/staff/challenges/${record.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'open', publishedAt: clock.now().toISOString() });
    expect((await notificationsOf(enterpriseUser, 'challenge_review')).pop()).toMatchObject({
      titleZh: '榜单已通过审核',
      linkPage: 'orgChallenges',
      linkId: record.id,
    });
    const listed = challengePageSchema.parse((await t.http.get('/api/v1/challenges?pageSize=50').expect(200)).body);
    expect(listed.items[0]?.id).toBe(record.id);

    // Two talents respond, one with their project.
    const solverB = await newTalent();
    const projectA = await project(solverA.id);
    const before = await t.http.get(`/api/v1/challenges/${record.id}`).set(auth(solverA.token)).expect(200);
    expect(before.body).toMatchObject({ canRespond: true, myResponse: null });
    const resA = await respond(solverA.token, record.id, {
      proposal: '我们已有宽带光谱膜厚在线监测样机，可在三个月内完成产线验证。',
      projectId: projectA,
    });
    expect(resA.status).toBe(201);
    const responseA = challengeResponseSchema.parse(resA.body);
    expect(responseA).toMatchObject({
      status: 'submitted',
      project: { id: projectA },
      responder: { id: solverA.id, displayName: solverA.name, degree: 'phd', studyCountry: '日本' },
      challengeTitle: '高精度光学镜片镀膜工艺优化',
    });
    const resB = await respond(solverB.token, record.id);
    expect(resB.status).toBe(201);
    const detailA = challengeDetailSchema.parse(
      (await t.http.get(`/api/v1/challenges/${record.id}`).set(auth(solverA.token)).expect(200)).body,
    );
    expect(detailA).toMatchObject({ responseCount: 2, canRespond: false, myResponse: { id: responseA.id } });
    expect((await notificationsOf(enterpriseUser, 'challenge_response')).slice(-2).map((n) => n.bodyZh)).toEqual([
      `${solverA.name}揭榜了「高精度光学镜片镀膜工艺优化」。`,
      `${solverB.name}揭榜了「高精度光学镜片镀膜工艺优化」。`,
    ]);

    // The organisation reads both, shortlists A and picks it.
    const responses = challengeResponsePageSchema.parse(
      (await t.http.get(`/api/v1/org/challenges/${record.id}/responses`).set(auth(tokens.enterprise)).expect(200)).body,
    );
    expect(responses.items.map((r) => r.responder.id)).toEqual([solverA.id, solverB.id]);
    const shortlisted = await t.http
      .post(`/api/v1/org/challenges/${record.id}/responses/${responseA.id}`)
      .set(auth(tokens.enterprise))
      .send({ status: 'shortlisted' });
    expect(shortlisted.status).toBe(200);
    expect(shortlisted.body.status).toBe('shortlisted');
    expect((await notificationsOf(solverA.id, 'challenge_response')).map((n) => n.titleEn)).toEqual([
      'Your response was shortlisted',
    ]);
    await advance(60_000);
    const picked = await t.http
      .post(`/api/v1/org/challenges/${record.id}/responses/${responseA.id}`)
      .set(auth(tokens.enterprise))
      .send({ status: 'picked', note: '欢迎来司详谈产线验证计划。' });
    expect(picked.status).toBe(200);
    const pickedResponse = challengeResponseSchema.parse(picked.body);
    expect(pickedResponse.status).toBe('picked');
    expect(pickedResponse.intentionId).not.toBeNull();

    // The challenge is awarded; the intention is open with the responder, from the challenge, on their project.
    const awarded = await t.http.get(`/api/v1/org/challenges/${record.id}`).set(auth(tokens.enterprise)).expect(200);
    expect(awarded.body.status).toBe('awarded');
    expect((await db.getRepository(ChallengeEntity).findOneByOrFail({ id: record.id })).pickedResponseId).toBe(
      responseA.id,
    );
    const intention = intentionDetailSchema.parse(
      (await t.http.get(`/api/v1/intentions/${pickedResponse.intentionId}`).set(auth(solverA.token)).expect(200)).body,
    );
    expect(intention).toMatchObject({
      status: 'proposed',
      source: 'challenge',
      proposedBy: 'organization',
      mySide: 'talent',
      challenge: { id: record.id, title: '高精度光学镜片镀膜工艺优化' },
      project: { id: projectA },
      organization: { id: enterpriseOrg },
      talent: { id: solverA.id },
      allowedMoves: ['accepted', 'declined', 'withdrawn'],
    });
    expect(intention.steps[0]).toMatchObject({ note: '欢迎来司详谈产线验证计划。', actor: { side: 'organization' } });

    // The picked responder is told (and of the new intention); the other responder is told they were not picked.
    const toldA = await notificationsOf(solverA.id, 'challenge_response');
    expect(toldA.pop()).toMatchObject({
      titleZh: '揭榜结果：方案中选',
      titleEn: 'Your response was picked',
      linkPage: 'intentionDetail',
      linkId: intention.id,
    });
    expect(await notificationsOf(solverA.id, 'intention_step')).toHaveLength(1);
    const toldB = await notificationsOf(solverB.id, 'challenge_response');
    expect(toldB).toHaveLength(1);
    expect(toldB[0]).toMatchObject({
      titleZh: '揭榜结果：未中选',
      titleEn: 'Your response was not picked',
      linkPage: 'myResponses',
    });
    expect(toldB[0]?.bodyZh).toContain('您的揭榜方案未中选');
    expect(toldB[0]?.bodyEn).toContain('yours was not picked');
    const mineB = challengeResponsePageSchema.parse(
      (await t.http.get('/api/v1/me/challenge-responses').set(auth(solverB.token)).expect(200)).body,
    );
    expect(mineB.items.map((r) => [r.challengeId, r.status])).toEqual([[record.id, 'not_picked']]);

    // Nothing more: no new responses, no second pick, and the audit trail has each step.
    const late = await newTalent();
    expect((await respond(late.token, record.id)).body.code).toBe('CHALLENGE_NOT_OPEN');
    const again = await t.http
      .post(`/api/v1/org/challenges/${record.id}/responses/${resB.body.id}`)
      .set(auth(tokens.enterprise))
      .send({ status: 'picked' });
    expect(again.status).toBe(409);
    const audit = await db
      .getRepository(AuditLogEntity)
      .find({ where: { entityType: 'challenge', entityId: String(record.id) }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'challenge.create',
      'challenge.approve',
      'challenge.shortlist',
      'challenge.pick',
    ]);
  });

  it('shows responses only to the organisation, the responder (their own) and staff', async () => {
    const challenge = await postOpen({ title: '激光雷达点云实时压缩算法' });
    const a = await newTalent();
    const b = await newTalent();
    const ra = (
      await respond(a.token, challenge.id, {
        proposal: '秘密方案甲：基于八叉树的点云增量压缩与硬件加速。',
        projectId: null,
      }).expect(201)
    ).body;
    await respond(b.token, challenge.id, {
      proposal: '秘密方案乙：基于学习的几何压缩与码率控制方法。',
      projectId: null,
    }).expect(201);

    // Another organisation, talents, an organisation without verification and anonymous callers see none.
    const other = await t.http.get(`/api/v1/org/challenges/${challenge.id}/responses`).set(auth(tokens.provider));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('CHALLENGE_NOT_FOUND');
    await t.http
      .get(`/api/v1/org/challenges/${challenge.id}/responses`)
      .set(auth(tokens.enterprise_unverified))
      .expect(404);
    await t.http.get(`/api/v1/org/challenges/${challenge.id}/responses`).set(auth(a.token)).expect(403);
    await t.http.get(`/api/v1/org/challenges/${challenge.id}/responses`).expect(401);
    await t.http.get(`/api/v1/staff/challenges/${challenge.id}/responses`).set(auth(a.token)).expect(403);
    await t.http
      .post(`/api/v1/org/challenges/${challenge.id}/responses/${ra.id}`)
      .set(auth(tokens.provider))
      .send({ status: 'shortlisted' })
      .expect(404);
    // The public detail shows no one else's proposal.
    const publicDetail = await t.http.get(`/api/v1/challenges/${challenge.id}`).set(auth(b.token)).expect(200);
    expect(JSON.stringify(publicDetail.body)).not.toContain('秘密方案甲');
    expect(JSON.stringify((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body)).not.toContain(
      '秘密方案',
    );
    const mineA = challengeResponsePageSchema.parse(
      (await t.http.get('/api/v1/me/challenge-responses').set(auth(a.token)).expect(200)).body,
    );
    expect(mineA.items.map((r) => r.proposal)).toEqual(['秘密方案甲：基于八叉树的点云增量压缩与硬件加速。']);

    const staff = challengeResponsePageSchema.parse(
      (await t.http.get(`/api/v1/staff/challenges/${challenge.id}/responses`).set(auth(tokens.staff)).expect(200)).body,
    );
    expect(staff.total).toBe(2);
    const own = challengeResponsePageSchema.parse(
      (
        await t.http
          .get(`/api/v1/org/challenges/${challenge.id}/responses?status=submitted`)
          .set(auth(tokens.enterprise))
          .expect(200)
      ).body,
    );
    expect(own.total).toBe(2);
  });

  it('flags text for review, refuses risky text, and answers 503 when WeChat fails, storing nothing', async () => {
    const review = await post(
      challengeInput({ problem: '我司希望优化镀膜工艺参数 marker-review 与在线监控方法，提高良率与一致性。' }),
    );
    expect(review.status).toBe(201);
    expect(review.body).toMatchObject({ status: 'pending', contentCheck: 'review' });
    const queue = challengeRecordPageSchema.parse(
      (await t.http.get('/api/v1/staff/challenges?view=pending&pageSize=50').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(queue.items.find((c) => c.id === review.body.id)).toMatchObject({ contentCheck: 'review' });

    const count = async () =>
      (await t.http.get('/api/v1/org/challenges?pageSize=50').set(auth(tokens.enterprise)).expect(200)).body.total;
    const before = await count();
    const risky = await post(challengeInput({ expectedOutcomeEn: 'Pay the deposit first marker-risky' })).set(
      'Accept-Language',
      'en',
    );
    expect(risky.status).toBe(422);
    expect(risky.body).toMatchObject({ code: 'CONTENT_RISKY', reason: 'it looks like a scam' });
    const down = await post(
      challengeInput({ problem: '我司希望优化镀膜工艺参数 marker-broken 与在线监控方法，提高良率与一致性。' }),
    );
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('WECHAT_UNAVAILABLE');
    expect(await count()).toBe(before);

    // An author without a WeChat openid goes to review unchecked.
    const checks = fake.contentChecks.length;
    const unchecked = await post(challengeInput({ title: '科技企业信用评估模型' }), tokens.provider);
    expect(unchecked.body).toMatchObject({ status: 'pending', contentCheck: 'review' });
    expect(fake.contentChecks.length).toBe(checks);
    // Only verified organisations post.
    await post(challengeInput(), tokens.enterprise_unverified).expect(403);
    await post(challengeInput(), tokens.talent).expect(403);
  });

  it('keeps the deadline after today and within a year', async () => {
    for (const deadline of [today(), addDays(today(), -1), addDays(today(), 366)]) {
      const res = await post(challengeInput({ deadline }));
      expect({ deadline, status: res.status, code: res.body.code }).toEqual({
        deadline,
        status: 422,
        code: 'CHALLENGE_DEADLINE_INVALID',
      });
    }
    await post(challengeInput({ deadline: addDays(today(), 365) })).expect(201);
    await post(challengeInput({ budgetMin: 600_000, budgetMax: 500_000 })).expect(400);
  });

  it('sends a rejected or edited challenge back through review, an open one too', async () => {
    const created = (await post(challengeInput({ title: '注塑模具随形冷却水路设计' })).expect(201)).body;
    const rejected = await t.http
      .post(`/api/v1/staff/challenges/${created.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'reject', reason: '预算区间请写明含税与否' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '预算区间请写明含税与否' });
    expect((await notificationsOf(enterpriseUser, 'challenge_review')).pop()?.bodyZh).toContain(
      '预算区间请写明含税与否',
    );
    await t.http
      .post(`/api/v1/staff/challenges/${created.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'reject' })
      .expect(400);
    await t.http
      .post(`/api/v1/staff/challenges/${created.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' })
      .expect(409);

    const edited = await t.http
      .patch(`/api/v1/org/challenges/${created.id}`)
      .set(auth(tokens.enterprise))
      .send({ budgetMax: 450_000 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'pending',
      rejectReason: null,
      budgetMax: 450_000,
      title: '注塑模具随形冷却水路设计',
    });
    await t.http
      .patch(`/api/v1/org/challenges/${created.id}`)
      .set(auth(tokens.enterprise))
      .send({ budgetMin: 900_000 })
      .expect(400);
    await t.http
      .patch(`/api/v1/org/challenges/${created.id}`)
      .set(auth(tokens.provider))
      .send({ budgetMax: 1 })
      .expect(404);

    const open = await postOpen({ title: '注塑件翘曲变形仿真预测' });
    const reopened = await t.http
      .patch(`/api/v1/org/challenges/${open.id}`)
      .set(auth(tokens.enterprise))
      .send({ titleEn: 'Predicting warpage of moulded parts' });
    expect(reopened.body).toMatchObject({ status: 'pending', publishedAt: open.publishedAt });
    await t.http.get(`/api/v1/challenges/${open.id}`).expect(404);
    await t.http
      .post(`/api/v1/staff/challenges/${open.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' })
      .expect(200);
    const again = await t.http.get(`/api/v1/challenges/${open.id}`).expect(200);
    expect(again.body).toMatchObject({ titleEn: 'Predicting warpage of moulded parts', publishedAt: open.publishedAt });

    const mine = challengeRecordPageSchema.parse(
      (await t.http.get('/api/v1/org/challenges?status=open&pageSize=50').set(auth(tokens.enterprise)).expect(200))
        .body,
    );
    expect(mine.items.every((c) => c.status === 'open' && c.organization.id === enterpriseOrg)).toBe(true);
    await t.http.get('/api/v1/org/challenges').set(auth(tokens.staff)).expect(403);
  });

  it('takes one response per talent, only with their own accepted project, and lets it be withdrawn and sent again', async () => {
    const challenge = await postOpen({ title: '光伏组件隐裂在线检测' });
    const solver = await newTalent();
    const stranger = await newTalent();
    const notMine = await respond(solver.token, challenge.id, {
      proposal: '我们可以提供电致发光成像与深度学习相结合的检测方案。',
      projectId: await project(stranger.id),
    });
    expect(notMine.status).toBe(404);
    expect(notMine.body.code).toBe('PROJECT_NOT_FOUND');
    await respond(solver.token, challenge.id, {
      proposal: '我们可以提供电致发光成像与深度学习相结合的检测方案。',
      projectId: await project(solver.id, 'submitted'),
    }).expect(404);
    await respond(solver.token, challenge.id, { proposal: '太短', projectId: null }).expect(400);
    await respond(tokens.enterprise, challenge.id).expect(403);

    const first = await respond(solver.token, challenge.id);
    expect(first.status).toBe(201);
    const dup = await respond(solver.token, challenge.id);
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('CHALLENGE_ALREADY_RESPONDED');
    // Simultaneous duplicates from another talent: one gets in.
    const racer = await newTalent();
    const raced = await Promise.all([respond(racer.token, challenge.id), respond(racer.token, challenge.id)]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.responseCount).toBe(2);

    const withdrawn = await t.http.delete(`/api/v1/challenges/${challenge.id}/responses/me`).set(auth(solver.token));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    await t.http.delete(`/api/v1/challenges/${challenge.id}/responses/me`).set(auth(solver.token)).expect(409);
    await t.http.delete(`/api/v1/challenges/${challenge.id}/responses/me`).set(auth(stranger.token)).expect(404);
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.responseCount).toBe(1);
    expect(
      (await t.http.get(`/api/v1/challenges/${challenge.id}`).set(auth(solver.token)).expect(200)).body,
    ).toMatchObject({ canRespond: true, myResponse: { status: 'withdrawn' } });
    const resent = await respond(solver.token, challenge.id, {
      proposal: '修改后的方案：加入红外热成像辅助判断隐裂位置。',
      projectId: null,
    });
    expect(resent.status).toBe(201);
    expect(resent.body).toMatchObject({
      id: first.body.id,
      status: 'submitted',
      proposal: '修改后的方案：加入红外热成像辅助判断隐裂位置。',
    });
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.responseCount).toBe(2);
  });

  it('stops responses after the deadline and lists only open challenges before it, by field and text', async () => {
    const soon = await postOpen({
      title: '柔性电路板微孔电镀均匀性',
      field: 'semiconductor',
      deadline: addDays(today(), 1),
    });
    const bySearch = challengePageSchema.parse(
      (await t.http.get(`/api/v1/challenges?q=${encodeURIComponent('微孔电镀')}`).expect(200)).body,
    );
    expect(bySearch.items.map((c) => c.id)).toEqual([soon.id]);
    const byField = challengePageSchema.parse(
      (await t.http.get('/api/v1/challenges?field=semiconductor&pageSize=50').expect(200)).body,
    );
    expect(byField.items.every((c) => c.field === 'semiconductor')).toBe(true);
    expect(byField.items.map((c) => c.id)).toContain(soon.id);
    // LIKE wildcards stand for themselves: "%" finds the texts with a percentage in them, "_" finds nothing.
    const percent = challengePageSchema.parse(
      (await t.http.get(`/api/v1/challenges?q=${encodeURIComponent('%')}&pageSize=50`).expect(200)).body,
    );
    expect(percent.total).toBeGreaterThan(0);
    expect(percent.total).toBeLessThan(byField.total + DEMO_CHALLENGES.length + 20);
    expect((await t.http.get(`/api/v1/challenges?q=${encodeURIComponent('_')}`).expect(200)).body.total).toBe(0);
    await t.http.get('/api/v1/challenges?field=nonsense').expect(400);

    const counted = await countStatements(t, () => t.http.get('/api/v1/challenges?pageSize=50').expect(200));
    expect(counted.total).toBe(2);

    await advance(2 * DAY);
    const solver = await newTalent();
    const late = await respond(solver.token, soon.id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CHALLENGE_NOT_OPEN');
    const after = challengePageSchema.parse((await t.http.get('/api/v1/challenges?pageSize=50').expect(200)).body);
    expect(after.items.map((c) => c.id)).not.toContain(soon.id);
    expect(
      (await t.http.get(`/api/v1/challenges/${soon.id}`).set(auth(solver.token)).expect(200)).body.canRespond,
    ).toBe(false);
  });

  it('closes a challenge without a pick and tells those still in the running', async () => {
    const challenge = await postOpen({ title: '高速连接器信号完整性仿真' });
    const a = await newTalent();
    const b = await newTalent();
    await respond(a.token, challenge.id).expect(201);
    await respond(b.token, challenge.id).expect(201);
    await t.http.delete(`/api/v1/challenges/${challenge.id}/responses/me`).set(auth(b.token)).expect(200);
    const closed = await t.http
      .post(`/api/v1/org/challenges/${challenge.id}/close`)
      .set(auth(tokens.enterprise))
      .send({});
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect((await notificationsOf(a.id, 'challenge_response')).map((n) => n.titleEn)).toEqual(['Challenge closed']);
    expect(await notificationsOf(b.id, 'challenge_response')).toHaveLength(0);
    const mineA = (await t.http.get('/api/v1/me/challenge-responses').set(auth(a.token)).expect(200)).body;
    expect(mineA.items[0].status).toBe('not_picked');
    await t.http.post(`/api/v1/org/challenges/${challenge.id}/close`).set(auth(tokens.enterprise)).send({}).expect(409);
    // Still public as closed.
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.status).toBe('closed');
  });

  it('lets one of two simultaneous picks win', async () => {
    const challenge = await postOpen({ title: '电机控制器功率模块散热设计' });
    const a = await newTalent();
    const b = await newTalent();
    const ra = (await respond(a.token, challenge.id).expect(201)).body.id;
    const rb = (await respond(b.token, challenge.id).expect(201)).body.id;
    const picks = await Promise.all(
      [ra, rb].map((id) =>
        t.http
          .post(`/api/v1/org/challenges/${challenge.id}/responses/${id}`)
          .set(auth(tokens.enterprise))
          .send({ status: 'picked' }),
      ),
    );
    expect(picks.map((p) => p.status).sort()).toEqual([200, 409]);
    const statuses = (
      await t.http.get(`/api/v1/staff/challenges/${challenge.id}/responses`).set(auth(tokens.staff)).expect(200)
    ).body.items.map((r: { status: string }) => r.status);
    expect(statuses.sort()).toEqual(['not_picked', 'picked']);
    expect(await db.getRepository(IntentionEntity).count({ where: { challengeId: challenge.id } })).toBe(1);
  });

  it('erases a deleted responder’s responses and counts them out', async () => {
    const challenge = await postOpen({ title: '锂电池极片涂布厚度在线控制' });
    const solver = await newTalent();
    await respond(solver.token, challenge.id).expect(201);
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.responseCount).toBe(1);
    await t.http.delete('/api/v1/me').set(auth(solver.token)).expect(204);
    expect((await t.http.get(`/api/v1/challenges/${challenge.id}`).expect(200)).body.responseCount).toBe(0);
    expect(
      (await t.http.get(`/api/v1/staff/challenges/${challenge.id}/responses`).set(auth(tokens.staff)).expect(200)).body
        .total,
    ).toBe(0);
  });
});
