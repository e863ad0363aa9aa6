import { DataSource } from 'typeorm';
import {
  type IntentionDetail,
  intentionDetailSchema,
  intentionPageSchema,
  myDataExportSchema,
  type ProfileVisibility,
  type ProjectStatus,
} from '@ihaigui/shared';
import { AuditLogEntity } from '../../server/src/audit/audit-log.entity';
import { IntentionEntity, IntentionStepEntity } from '../../server/src/intention/intention.entity';
import { IntentionService } from '../../server/src/intention/intention.service';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { OrganizationMemberEntity } from '../../server/src/organization/organization-member.entity';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';
import { registerWithConsent } from './support/accounts';

const MINUTE = 60 * 1000;
const PERSONAS = ['talent', 'enterprise', 'enterprise_unverified', 'provider', 'staff'] as const;

describe.each(DIALECTS)('intentions on %s', (dialect) => {
  let t: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;
  const clock = new ManualClock(new Date('2026-09-01T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let registered = 0;
  /** The organisations of the enterprise persona (厦门海归智造) and the provider persona. */
  let enterpriseOrg: number;
  let enterpriseUser: number;
  let providerOrg: number;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' },
      extraModules: [QueryCounterModule],
    });
    db = t.app.get(DataSource);
    tokens = await personaTokens(t, PERSONAS);
    enterpriseUser = (await me(tokens.enterprise)).id;
    enterpriseOrg = await orgOf(enterpriseUser);
    providerOrg = await orgOf((await me(tokens.provider)).id);
  });
  afterAll(() => t?.close());

  async function me(token: string): Promise<{ id: number }> {
    return (await t.http.get('/api/v1/me').set(auth(token)).expect(200)).body;
  }

  async function orgOf(userId: number): Promise<number> {
    return (await db.getRepository(OrganizationMemberEntity).findOneByOrFail({ userId })).organizationId;
  }

  /** Moves the clock a little; access tokens live 15 minutes, so the personas sign in again now and then. */
  async function tick(ms = MINUTE) {
    clock.advance(ms);
    tokens = await personaTokens(t, PERSONAS);
  }

  /** A new talent with consent and a profile of the given visibility. */
  async function newTalent(visibility: ProfileVisibility = 'verified_orgs'): Promise<{ token: string; id: number }> {
    registered += 1;
    const token = await registerWithConsent(t, {
      username: `partner${registered}`,
      password: `partner-pass-${registered}`,
      role: 'talent',
      displayName: `对接人${registered}`,
    });
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth(token))
      .send({
        name: `对接人${registered}`,
        nationality: '中国',
        studyCountry: '美国',
        degree: 'phd',
        school: '斯坦福大学',
        major: '材料科学',
        field: '新材料',
        returnYear: 2025,
        intent: 'startup',
        visibility,
      })
      .expect(200);
    return { token, id: (await me(token)).id };
  }

  /** A project registered straight in the table (the projects feature has its own tests for getting there). */
  async function project(
    ownerId: number,
    status: ProjectStatus = 'accepted',
    name = `固态电池项目${registered}`,
  ): Promise<number> {
    const saved = await db.getRepository(ProjectEntity).save(
      db.getRepository(ProjectEntity).create({
        ownerId,
        name,
        nameEn: 'Solid-state battery',
        field: 'new_energy_materials',
        originRegion: 'us',
        teamSize: 6,
        leaderDegree: 'phd',
        stage: 'prototype',
        financingNeed: 5_000_000,
        seeks: ',investment,site,',
        summary: '高安全固态电解质与电芯中试。',
        details: '团队来自海外高校，已完成样品验证，寻求中试场地与首轮融资。',
        contact: '微信 demo',
        visibility: 'public',
        status,
        acceptedAt: status === 'accepted' ? clock.now() : null,
      }),
    );
    return saved.id;
  }

  function proposeAsOrg(body: Record<string, unknown>, token = tokens.enterprise) {
    return t.http.post('/api/v1/org/intentions').set(auth(token)).send(body);
  }

  function step(id: number, token: string, body: Record<string, unknown>) {
    return t.http.post(`/api/v1/intentions/${id}/steps`).set(auth(token)).send(body);
  }

  async function read(id: number, token: string): Promise<IntentionDetail> {
    const res = await t.http.get(`/api/v1/intentions/${id}`).set(auth(token));
    expect(res.status).toBe(200);
    return intentionDetailSchema.parse(res.body);
  }

  function notificationsOf(userId: number) {
    return db
      .getRepository(NotificationEntity)
      .find({ where: { userId, kind: 'intention_step' }, order: { id: 'ASC' } });
  }

  it('lets an organisation propose to an accepted project; the owner is told and one open intention per pair is kept', async () => {
    const talent = await newTalent('private');
    const projectId = await project(talent.id);
    const res = await proposeAsOrg({ projectId, note: '我们在集美有中试厂房，希望约谈。' });
    expect(res.status).toBe(201);
    const detail = intentionDetailSchema.parse(res.body);
    expect(detail).toMatchObject({
      status: 'proposed',
      source: 'browse',
      proposedBy: 'organization',
      mySide: 'organization',
      allowedMoves: ['withdrawn'],
      organization: { id: enterpriseOrg, name: '厦门海归智造科技有限公司' },
      talent: { id: talent.id, displayName: `对接人${registered}` },
      project: { id: projectId, nameEn: 'Solid-state battery' },
      event: null,
      challenge: null,
      createdAt: clock.now().toISOString(),
    });
    expect(detail.steps).toEqual([
      {
        status: 'proposed',
        actor: { side: 'organization', displayName: '厦门海归智造科技有限公司' },
        note: '我们在集美有中试厂房，希望约谈。',
        offline: false,
        at: clock.now().toISOString(),
      },
    ]);

    const told = await notificationsOf(talent.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      linkPage: 'intentionDetail',
      linkId: detail.id,
      titleZh: '新的对接意向',
      titleEn: 'New intention',
    });
    expect(told[0]?.bodyZh).toContain('厦门海归智造科技有限公司');

    // The talent sees it from their side and may answer.
    const theirs = await read(detail.id, talent.token);
    expect(theirs).toMatchObject({ mySide: 'talent', allowedMoves: ['accepted', 'declined', 'withdrawn'] });

    // A second proposal on the same project while this one is open.
    const again = await proposeAsOrg({ projectId, note: '再次联系。' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTENTION_EXISTS');
    // Another organisation may propose on the same project.
    expect((await proposeAsOrg({ projectId, note: '我们也感兴趣。' }, tokens.provider)).status).toBe(201);
  });

  it('refuses targets that are not open to proposals', async () => {
    const owner = await newTalent();
    const pending = await project(owner.id, 'submitted');
    const refused = await proposeAsOrg({ projectId: pending, note: '你好。' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INTENTION_TARGET_UNAVAILABLE');
    await proposeAsOrg({ projectId: 999_999, note: '你好。' }).expect(422);

    const hidden = await newTalent('private');
    expect((await proposeAsOrg({ talentUserId: hidden.id, note: '你好。' })).body.code).toBe(
      'INTENTION_TARGET_UNAVAILABLE',
    );
    const open = await newTalent('public');
    const direct = await proposeAsOrg({ talentUserId: open.id, note: '想请您来做技术顾问。' });
    expect(direct.status).toBe(201);
    expect(direct.body).toMatchObject({ project: null, talent: { id: open.id } });
    // Staff are not a talent to propose to; nor is both or neither given.
    await proposeAsOrg({ talentUserId: enterpriseUser, note: '你好。' }).expect(422);
    await proposeAsOrg({ talentUserId: open.id, projectId: pending, note: '你好。' }).expect(400);
    await proposeAsOrg({ note: '你好。' }).expect(400);
    // Only verified organisations propose.
    await proposeAsOrg({ talentUserId: open.id, note: '你好。' }, tokens.enterprise_unverified).expect(403);

    // A talent proposes to verified organisations only, and only with their own accepted projects.
    const unverifiedOrg = await orgOf((await me(tokens.enterprise_unverified)).id);
    const toUnverified = await t.http
      .post('/api/v1/me/intentions')
      .set(auth(open.token))
      .send({ organizationId: unverifiedOrg, note: '你好。' });
    expect(toUnverified.status).toBe(422);
    expect(toUnverified.body.code).toBe('INTENTION_TARGET_UNAVAILABLE');
    const notMine = await t.http
      .post('/api/v1/me/intentions')
      .set(auth(open.token))
      .send({ organizationId: providerOrg, projectId: await project(owner.id), note: '你好。' });
    expect(notMine.status).toBe(404);
    expect(notMine.body.code).toBe('PROJECT_NOT_FOUND');
    await t.http
      .post('/api/v1/me/intentions')
      .set(auth(open.token))
      .send({ organizationId: providerOrg, projectId: pending, note: '你好。' })
      .expect(404);
  });

  it('runs proposed → accepted → meeting → agreement → signed, refuses acceptance by the side that proposed, and tells the other side of every step', async () => {
    const talent = await newTalent();
    const projectId = await project(talent.id);
    const proposed = await t.http
      .post('/api/v1/me/intentions')
      .set(auth(talent.token))
      .send({ organizationId: enterpriseOrg, projectId, note: '希望在贵司园区落地中试线。' });
    expect(proposed.status).toBe(201);
    const id = proposed.body.id as number;
    expect(proposed.body).toMatchObject({ proposedBy: 'talent', mySide: 'talent', allowedMoves: ['withdrawn'] });
    const orgToldBefore = (await notificationsOf(enterpriseUser)).length;
    const talentToldBefore = (await notificationsOf(talent.id)).length;
    expect(talentToldBefore).toBe(0);

    // The side that proposed cannot accept its own proposal.
    const selfAccept = await step(id, talent.token, { status: 'accepted' });
    expect(selfAccept.status).toBe(409);
    expect(selfAccept.body.code).toBe('INTENTION_INVALID_TRANSITION');
    // Nor skip ahead.
    expect((await step(id, tokens.enterprise, { status: 'meeting' })).status).toBe(409);

    await tick();
    const accepted = await step(id, tokens.enterprise, { status: 'accepted', note: '欢迎，下周二来访。' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      mySide: 'organization',
      allowedMoves: ['meeting', 'withdrawn'],
    });
    await tick();
    await step(id, talent.token, { status: 'meeting', note: '已实地考察厂房。' }).expect(200);
    await tick();
    await step(id, tokens.enterprise, { status: 'agreement', note: '意向协议已签。' }).expect(200);
    await tick();
    // A landing agreement needs its facts.
    await step(id, talent.token, { status: 'signed' }).expect(400);
    await step(id, talent.token, { status: 'signed', district: 'jimei' }).expect(400);
    const signed = await step(id, talent.token, {
      status: 'signed',
      note: '落地签约完成。',
      registeredCapital: 10_000_000,
      investmentAmount: 30_000_000,
      district: 'jimei',
    });
    expect(signed.status).toBe(200);
    const detail = intentionDetailSchema.parse(signed.body);
    expect(detail).toMatchObject({
      status: 'signed',
      allowedMoves: [],
      registeredCapital: 10_000_000,
      investmentAmount: 30_000_000,
      district: 'jimei',
    });
    expect(detail.steps.map((s) => [s.status, s.actor.side, s.note])).toEqual([
      ['proposed', 'talent', '希望在贵司园区落地中试线。'],
      ['accepted', 'organization', '欢迎，下周二来访。'],
      ['meeting', 'talent', '已实地考察厂房。'],
      ['agreement', 'organization', '意向协议已签。'],
      ['signed', 'talent', '落地签约完成。'],
    ]);
    expect(new Set(detail.steps.map((s) => s.at)).size).toBe(5);

    const row = await db.getRepository(IntentionEntity).findOneByOrFail({ id });
    expect(row).toMatchObject({
      openKey: null,
      status: 'signed',
      registeredCapital: 10_000_000,
      investmentAmount: 30_000_000,
    });
    expect(row.acceptedAt && row.meetingAt && row.agreementAt && row.signedAt).toBeTruthy();
    expect(row.signedAt?.toISOString()).toBe(clock.now().toISOString());
    expect(row.closedAt).toBeNull();

    // Each side heard of the other's steps: the organisation of meeting and signed, the talent of accepted and agreement.
    const orgTold = (await notificationsOf(enterpriseUser)).slice(orgToldBefore);
    expect(orgTold.map((n) => n.titleEn)).toEqual([
      'Intention update: Meeting held',
      'Intention update: Landing agreement signed',
    ]);
    expect(orgTold[1]?.bodyZh).toContain('落地签约完成');
    const talentTold = await notificationsOf(talent.id);
    expect(talentTold.map((n) => n.titleZh)).toEqual(['对接意向进展：已接受', '对接意向进展：已签意向协议']);

    // Final: nothing more, and the pair may start a new intention.
    expect((await step(id, tokens.enterprise, { status: 'withdrawn' })).status).toBe(409);
    await proposeAsOrg({ projectId, note: '二期项目再合作。' }).expect(201);
  });

  it('records a decline and a withdrawal with their time, and closes the intention', async () => {
    const talent = await newTalent();
    const declinedId = (
      await t.http
        .post('/api/v1/me/intentions')
        .set(auth(talent.token))
        .send({ organizationId: providerOrg, note: '希望获得天使投资。' })
        .expect(201)
    ).body.id;
    await tick();
    const declined = await step(declinedId, tokens.provider, { status: 'declined', note: '暂不符合投资方向。' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', allowedMoves: [] });
    const row = await db.getRepository(IntentionEntity).findOneByOrFail({ id: declinedId });
    expect(row).toMatchObject({ openKey: null, acceptedAt: null });
    expect(row.closedAt?.toISOString()).toBe(clock.now().toISOString());
    expect((await step(declinedId, talent.token, { status: 'withdrawn' })).status).toBe(409);

    // Withdrawn by the side proposed to, after accepting.
    const projectId = await project(talent.id);
    const id = (await proposeAsOrg({ projectId, note: '希望投资。' }).expect(201)).body.id;
    await step(id, talent.token, { status: 'accepted' }).expect(200);
    await tick();
    const withdrawn = await step(id, talent.token, { status: 'withdrawn', note: '已选择其他园区。' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedMoves: [] });
    expect((await db.getRepository(IntentionEntity).findOneByOrFail({ id })).closedAt?.toISOString()).toBe(
      clock.now().toISOString(),
    );
    const talentList = intentionPageSchema.parse(
      (await t.http.get('/api/v1/me/intentions?status=withdrawn').set(auth(talent.token)).expect(200)).body,
    );
    expect(talentList.items.map((i) => i.id)).toEqual([id]);
  });

  it('lets one of two simultaneous steps win and refuses the other', async () => {
    const talent = await newTalent();
    const id = (await proposeAsOrg({ projectId: await project(talent.id), note: '你好。' }).expect(201)).body.id;
    // Accepting and declining exclude each other, and a second acceptance finds it accepted already.
    const results = await Promise.all([
      step(id, talent.token, { status: 'accepted' }),
      step(id, talent.token, { status: 'declined' }),
      step(id, talent.token, { status: 'accepted' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const steps = await db.getRepository(IntentionStepEntity).find({ where: { intentionId: id } });
    expect(steps).toHaveLength(2);
    const final = await db.getRepository(IntentionEntity).findOneByOrFail({ id });
    expect(steps[1]?.status).toBe(final.status);
  });

  it('keeps one open intention per pair under simultaneous proposals', async () => {
    const talent = await newTalent('public');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => proposeAsOrg({ talentUserId: talent.id, note: '同时发起。' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await db.getRepository(IntentionEntity).count({ where: { talentUserId: talent.id } })).toBe(1);

    // Other features open intentions inside their own transaction: the existing one comes back, nothing is written.
    const service = t.app.get(IntentionService);
    const input = {
      organizationId: enterpriseOrg,
      talentUserId: talent.id,
      projectId: null,
      source: 'roadshow' as const,
      proposedBy: 'organization' as const,
      actor: { userId: enterpriseUser, side: 'organization' as const },
      note: null,
    };
    const existing = await db.transaction((em) => service.open(input, em));
    expect(existing).toMatchObject({
      created: false,
      intention: { id: results.find((r) => r.status === 201)?.body.id },
    });

    // Two transactions racing for a new pair: one opens it, the other gets it back, neither fails. (SQLite has one
    // connection and one writer, so there the two run one after the other.)
    const other = await newTalent('public');
    const openInTransaction = () => db.transaction((em) => service.open({ ...input, talentUserId: other.id }, em));
    const raced =
      dialect === 'mysql'
        ? await Promise.all([openInTransaction(), openInTransaction()])
        : [await openInTransaction(), await openInTransaction()];
    expect(raced.map((r) => r.created).sort()).toEqual([false, true]);
    expect(raced[0]?.intention.id).toBe(raced[1]?.intention.id);
    expect(await db.getRepository(IntentionStepEntity).count({ where: { intentionId: raced[0]?.intention.id } })).toBe(
      1,
    );
    expect(await notificationsOf(other.id)).toHaveLength(1);
  });

  it('shows an intention and its notes only to the two parties and staff', async () => {
    const talent = await newTalent();
    const outsider = await newTalent('public');
    const id = (await proposeAsOrg({ projectId: await project(talent.id), note: '内部备注：估值约一亿。' }).expect(201))
      .body.id;
    await step(id, talent.token, { status: 'accepted', note: '私下留言。' }).expect(200);

    expect((await read(id, tokens.enterprise)).steps.map((s) => s.note)).toEqual([
      '内部备注：估值约一亿。',
      '私下留言。',
    ]);
    expect((await read(id, talent.token)).mySide).toBe('talent');
    const staff = await read(id, tokens.staff);
    expect(staff).toMatchObject({ mySide: 'staff', allowedMoves: ['meeting', 'withdrawn'] });
    expect(staff.steps.map((s) => s.note)).toEqual(['内部备注：估值约一亿。', '私下留言。']);

    for (const token of [tokens.provider, outsider.token, tokens.talent, tokens.enterprise_unverified]) {
      const res = await t.http.get(`/api/v1/intentions/${id}`).set(auth(token));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('INTENTION_NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain('估值');
      expect((await step(id, token, { status: 'withdrawn' })).status).toBe(404);
    }
    await t.http.get(`/api/v1/intentions/${id}`).expect(401);
    // Staff record steps on their own route, not as a party.
    expect((await step(id, tokens.staff, { status: 'withdrawn' })).status).toBe(404);

    // Lists: each side sees its own; another organisation and a caller without one do not.
    const orgList = intentionPageSchema.parse(
      (await t.http.get('/api/v1/org/intentions?pageSize=50').set(auth(tokens.enterprise)).expect(200)).body,
    );
    expect(orgList.items.map((i) => i.id)).toContain(id);
    expect(orgList.items.every((i) => i.organization.id === enterpriseOrg)).toBe(true);
    const providerList = intentionPageSchema.parse(
      (await t.http.get('/api/v1/org/intentions?pageSize=50').set(auth(tokens.provider)).expect(200)).body,
    );
    expect(providerList.items.map((i) => i.id)).not.toContain(id);
    const noOrg = await t.http.get('/api/v1/org/intentions').set(auth(talent.token));
    expect(noOrg.status).toBe(404);
    expect(noOrg.body.code).toBe('ORGANIZATION_NOT_FOUND');
    const outsiderList = intentionPageSchema.parse(
      (await t.http.get('/api/v1/me/intentions').set(auth(outsider.token)).expect(200)).body,
    );
    expect(outsiderList.items.map((i) => i.id)).not.toContain(id);
  });

  it('lists newest activity first in at most 3 statements', async () => {
    const talent = await newTalent('public');
    const a = (await proposeAsOrg({ projectId: await project(talent.id), note: '一。' }).expect(201)).body.id;
    await tick();
    const b = (await proposeAsOrg({ talentUserId: talent.id, note: '二。' }).expect(201)).body.id;
    await tick();
    await step(a, talent.token, { status: 'accepted' }).expect(200);
    const mine = intentionPageSchema.parse(
      (await t.http.get('/api/v1/me/intentions').set(auth(talent.token)).expect(200)).body,
    );
    expect(mine.items.map((i) => i.id)).toEqual([a, b]);
    expect(mine.total).toBe(2);
    const accepted = intentionPageSchema.parse(
      (await t.http.get('/api/v1/me/intentions?status=accepted').set(auth(talent.token)).expect(200)).body,
    );
    expect(accepted.items.map((i) => i.id)).toEqual([a]);
    await t.http.get('/api/v1/me/intentions?status=nonsense').set(auth(talent.token)).expect(400);

    for (const [url, token] of [
      ['/api/v1/me/intentions?pageSize=50', talent.token],
      ['/api/v1/org/intentions?pageSize=50', tokens.enterprise],
      ['/api/v1/staff/intentions?pageSize=50', tokens.staff],
    ] as const) {
      const counted = await countStatements(t, () => t.http.get(url).set(auth(token)).expect(200));
      expect({ url, handler: counted.handler <= 3 }).toEqual({ url, handler: true });
    }
  });

  it('lets staff record an intention that began offline and its steps, telling both sides, audited', async () => {
    const talent = await newTalent('private');
    const projectId = await project(talent.id);
    const orgBefore = (await notificationsOf(enterpriseUser)).length;
    const created = await t.http
      .post('/api/v1/staff/intentions')
      .set(auth(tokens.staff))
      .send({ organizationId: enterpriseOrg, projectId, note: '对接会现场达成意向。' });
    expect(created.status).toBe(201);
    const detail = intentionDetailSchema.parse(created.body);
    expect(detail).toMatchObject({
      source: 'offline',
      status: 'proposed',
      mySide: 'staff',
      allowedMoves: ['accepted', 'declined', 'withdrawn'],
      talent: { id: talent.id },
    });
    expect(detail.steps[0]).toMatchObject({
      actor: { side: 'staff', displayName: '服务中心·王老师' },
      offline: true,
      note: '对接会现场达成意向。',
    });
    expect((await notificationsOf(talent.id)).map((n) => n.titleEn)).toEqual(['New intention']);
    expect((await notificationsOf(enterpriseUser)).length).toBe(orgBefore + 1);
    // The same pair again.
    expect(
      (
        await t.http
          .post('/api/v1/staff/intentions')
          .set(auth(tokens.staff))
          .send({ organizationId: enterpriseOrg, projectId, note: '重复。' })
      ).status,
    ).toBe(409);
    // A project and a talent who does not own it.
    const other = await newTalent();
    await t.http
      .post('/api/v1/staff/intentions')
      .set(auth(tokens.staff))
      .send({ organizationId: enterpriseOrg, projectId, talentUserId: other.id, note: '不对。' })
      .expect(422);
    await t.http
      .post('/api/v1/staff/intentions')
      .set(auth(tokens.staff))
      .send({ organizationId: enterpriseOrg, talentUserId: other.id, eventId: 999_999, note: '不对。' })
      .expect(404);

    await tick();
    const stepped = await t.http
      .post(`/api/v1/staff/intentions/${detail.id}/steps`)
      .set(auth(tokens.staff))
      .send({ status: 'accepted', note: '电话确认接受。' });
    expect(stepped.status).toBe(200);
    expect(stepped.body.steps[1]).toMatchObject({ status: 'accepted', actor: { side: 'staff' }, offline: true });
    await t.http
      .post(`/api/v1/staff/intentions/${detail.id}/steps`)
      .set(auth(tokens.staff))
      .send({ status: 'signed', registeredCapital: 1, district: 'siming' })
      .expect(409);
    expect((await notificationsOf(talent.id)).map((n) => n.titleZh)).toEqual(['新的对接意向', '对接意向进展：已接受']);
    expect((await notificationsOf(enterpriseUser)).length).toBe(orgBefore + 2);
    // The parties carry on online.
    await step(detail.id, talent.token, { status: 'meeting' }).expect(200);

    const audit = await db
      .getRepository(AuditLogEntity)
      .find({ where: { entityType: 'intention', entityId: String(detail.id) }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['intention.create_offline', 'intention.step']);

    const list = intentionPageSchema.parse(
      (await t.http.get('/api/v1/staff/intentions?status=meeting&pageSize=50').set(auth(tokens.staff)).expect(200))
        .body,
    );
    expect(list.items.map((i) => i.id)).toContain(detail.id);
    expect(list.items.every((i) => i.status === 'meeting')).toBe(true);
    const byEvent = intentionPageSchema.parse(
      (await t.http.get('/api/v1/staff/intentions?eventId=999999').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(byEvent.total).toBe(0);
  });

  it('exports a talent’s intentions and erases them with the account', async () => {
    const talent = await newTalent();
    const id = (await proposeAsOrg({ projectId: await project(talent.id), note: '你好。' }).expect(201)).body.id;
    const exported = myDataExportSchema.parse(
      (await t.http.get('/api/v1/me/export').set(auth(talent.token)).expect(200)).body,
    );
    expect(exported.intentions).toEqual([
      expect.objectContaining({
        id,
        status: 'proposed',
        organization: { id: enterpriseOrg, name: '厦门海归智造科技有限公司' },
      }),
    ]);

    await t.http.delete('/api/v1/me').set(auth(talent.token)).expect(204);
    expect(await db.getRepository(IntentionEntity).count({ where: { id } })).toBe(0);
    expect(await db.getRepository(IntentionStepEntity).count({ where: { intentionId: id } })).toBe(0);
  });
});
