import { DEGREE_RANK, notificationPageSchema } from '@ihaigui/shared';
import { DataSource } from 'typeorm';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { addDays, endOfLocalDate, localDate } from '../../server/src/common/time/local-date';
import { PositionRepository } from '../../server/src/job/position.repository';
import { OrganizationRepository } from '../../server/src/organization/organization.repository';
import { NotificationService } from '../../server/src/notification/notification.service';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { WechatSubscriptionRepository } from '../../server/src/notification/notification.repository';
import { fakeOpenid, startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const TEMPLATE_ID = 'tmpl-application-status-0001';

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  let t: TestApp;
  let wechat: FakeWechat;
  let tokens: Record<string, string>;
  const clock = new ManualClock(new Date('2026-11-02T01:30:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let codes = 0;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp(dialect, {
      clock,
      env: {
        SEED_DEMO: 'true',
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
        WECHAT_BASE_URL: wechat.baseUrl,
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        WECHAT_TEMPLATE_APPLICATION_STATUS: TEMPLATE_ID,
      },
      extraModules: [QueryCounterModule],
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'provider']);
  });
  afterAll(async () => {
    await t?.close();
    await wechat?.close();
  });

  const settled = () => t.app.get(NotificationService).settled();
  const sentTo = (openid: string) => wechat.subscribeMessages.filter((m) => m.touser === openid);
  const remaining = async (userId: number) =>
    (await t.app.get(WechatSubscriptionRepository).find(userId, 'application_status'))?.remaining ?? 0;

  /** An approved, open position of the demo enterprise (written straight to the table: this suite is about what follows). */
  async function openPosition(title: string): Promise<number> {
    const organizationId = (await t.app.get(OrganizationRepository).findForMember(await enterpriseUserId()))!.id;
    const expiresOn = addDays(localDate(clock.now()), 30);
    const saved = await t.app.get(PositionRepository).insert(
      {
        organizationId,
        createdBy: await enterpriseUserId(),
        title,
        titleEn: 'Test position',
        function: 'engineering',
        industry: 'ai',
        city: '厦门',
        district: 'huli',
        salaryMin: 20_000,
        salaryMax: 30_000,
        negotiable: false,
        minDegree: 'master',
        minDegreeRank: DEGREE_RANK.master,
        experienceYears: 2,
        headcount: 1,
        description: '负责工业软件平台的研发与维护，参与架构设计。',
        descriptionEn: null,
        requirements: '熟悉分布式系统，有海外工作经历。',
        requirementsEn: null,
        benefits: null,
        languages: [],
        status: 'approved',
        contentCheck: 'pass',
        publishedAt: clock.now(),
        expiresOn,
        expiresAt: endOfLocalDate(expiresOn),
      },
      t.app.get(DataSource).manager,
    );
    return saved.id;
  }

  async function enterpriseUserId(): Promise<number> {
    return (await t.http.get('/api/v1/me').set(auth(tokens.enterprise)).expect(200)).body.id as number;
  }

  /** A talent who signed in with WeChat (so has an openid), consented and filled in a profile. */
  async function wechatTalent(): Promise<{ token: string; id: number; openid: string }> {
    codes += 1;
    const code = `ok-subscriber-${codes}`;
    const login = await t.http.post('/api/v1/auth/wechat').send({ code }).expect(200);
    const token = login.body.accessToken as string;
    await t.http
      .post('/api/v1/me/consent')
      .set(auth(token))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth(token))
      .send({
        name: `微信用户${codes}`,
        nationality: '中国',
        studyCountry: '德国',
        degree: 'master',
        school: '慕尼黑工业大学',
        major: '机械工程',
        field: '智能制造',
        returnYear: 2024,
        intent: 'job',
      })
      .expect(200);
    return { token, id: login.body.user.id as number, openid: fakeOpenid(code) };
  }

  async function applyTo(positionId: number, token: string): Promise<number> {
    const res = await t.http
      .post(`/api/v1/positions/${positionId}/applications`)
      .set(auth(token))
      .send({ message: '期待与贵公司交流。' })
      .expect(201);
    return res.body.id as number;
  }

  const move = (applicationId: number, status: string, message?: string) =>
    t.http
      .post(`/api/v1/org/applications/${applicationId}/status`)
      .set(auth(tokens.enterprise))
      .send({ status, ...(message ? { message } : {}) });

  const unread = async (token: string) =>
    (await t.http.get('/api/v1/me/notifications/unread-count').set(auth(token)).expect(200)).body.unread as number;

  describe('inbox', () => {
    it('counts unread messages, lists newest first, marks one or all read', async () => {
      const positionId = await openPosition('工业软件工程师');
      const talent = await wechatTalent();
      expect(await unread(talent.token)).toBe(0);
      const applicationId = await applyTo(positionId, talent.token);
      clock.advance(60_000);
      await move(applicationId, 'interview', '请准备一段十分钟的项目介绍。').expect(200);
      clock.advance(60_000);
      await move(applicationId, 'offer').expect(200);
      expect(await unread(talent.token)).toBe(2);

      const page = notificationPageSchema.parse(
        (await t.http.get('/api/v1/me/notifications').set(auth(talent.token)).expect(200)).body,
      );
      expect(page).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 10 });
      expect(page.items.map((n) => n.title.zh)).toEqual(['投递进展：已录用', '投递进展：邀请面试']);
      expect(page.items[1]).toMatchObject({
        kind: 'application_status',
        body: { zh: expect.stringContaining('请准备一段十分钟的项目介绍。'), en: expect.stringContaining('Interview') },
        link: { page: 'applicationDetail', id: applicationId },
        read: false,
      });

      const newest = page.items[0]!.id;
      const read = await t.http
        .post(`/api/v1/me/notifications/${newest}/read`)
        .set(auth(talent.token))
        .send({})
        .expect(200);
      expect(read.body).toMatchObject({ id: newest, read: true });
      expect(await unread(talent.token)).toBe(1);
      // Reading again changes nothing; another user's message does not exist for them.
      await t.http.post(`/api/v1/me/notifications/${newest}/read`).set(auth(talent.token)).send({}).expect(200);
      const foreign = await t.http
        .post(`/api/v1/me/notifications/${newest}/read`)
        .set(auth(tokens.talent))
        .send({})
        .expect(404);
      expect(foreign.body.code).toBe('NOTIFICATION_NOT_FOUND');
      await t.http.post('/api/v1/me/notifications/999999/read').set(auth(talent.token)).send({}).expect(404);
      expect(await unread(talent.token)).toBe(1);

      expect(
        (await t.http.post('/api/v1/me/notifications/read-all').set(auth(talent.token)).send({}).expect(200)).body,
      ).toEqual({ unread: 0 });
      expect(await unread(talent.token)).toBe(0);
      const after = await t.http.get('/api/v1/me/notifications').set(auth(talent.token)).expect(200);
      expect(after.body.items.every((n: { read: boolean }) => n.read)).toBe(true);

      // The enterprise's members heard of the new applicant.
      const orgInbox = await t.http.get('/api/v1/me/notifications').set(auth(tokens.enterprise)).expect(200);
      expect(
        orgInbox.body.items.find((n: { link: { id: number } | null }) => n.link?.id === applicationId),
      ).toMatchObject({ kind: 'application_new' });
    });

    it('lists the inbox in at most 3 statements of its own whatever the page size', async () => {
      const figures: Array<{ pageSize: number; handler: number; total: number }> = [];
      for (const pageSize of [1, 10, 50]) {
        const count = await countStatements(t, () =>
          t.http.get('/api/v1/me/notifications').query({ pageSize }).set(auth(tokens.enterprise)).expect(200),
        );
        expect(count.handler).toBeLessThanOrEqual(3);
        figures.push({ pageSize, handler: count.handler, total: count.total });
      }
      // Bounded: never more for a bigger page (fewer when the page is short and no count is needed).
      expect(figures[2]!.total).toBeLessThanOrEqual(figures[0]!.total);
      const badge = await countStatements(t, () =>
        t.http.get('/api/v1/me/notifications/unread-count').set(auth(tokens.enterprise)).expect(200),
      );
      expect(badge.handler).toBe(1);
      process.stdout.write(
        `[notifications ${dialect}] statements per inbox request: ${JSON.stringify(figures)}; unread-count: ${badge.handler}\n`,
      );
    });
  });

  describe('WeChat subscribe messages (fake server)', () => {
    it('sends one message per permission the talent gave, to the application page, and counts permissions down', async () => {
      const positionId = await openPosition('智能制造解决方案架构师');
      const talent = await wechatTalent();
      const applicationId = await applyTo(positionId, talent.token);

      // No permission yet: inbox only.
      await t.http.get(`/api/v1/org/applications/${applicationId}`).set(auth(tokens.enterprise)).expect(200);
      await settled();
      expect(sentTo(talent.openid)).toEqual([]);

      for (let i = 0; i < 2; i += 1) {
        await t.http
          .post('/api/v1/me/wechat-subscriptions')
          .set(auth(talent.token))
          .send({ template: 'application_status', accepted: true })
          .expect(204);
      }
      await t.http
        .post('/api/v1/me/wechat-subscriptions')
        .set(auth(talent.token))
        .send({ template: 'application_status', accepted: false })
        .expect(204);
      expect(await remaining(talent.id)).toBe(2);

      await move(applicationId, 'interview', '周三下午视频面试').expect(200);
      await settled();
      const [message] = sentTo(talent.openid);
      expect(message).toMatchObject({
        touser: talent.openid,
        template_id: TEMPLATE_ID,
        page: `packages/job/application/index?id=${applicationId}`,
        miniprogram_state: 'formal',
        lang: 'zh_CN',
        data: {
          thing1: { value: '投递进展：邀请面试' },
          thing2: { value: expect.stringMatching(/^您申请的「智能制造解决方案架构师」/) },
          time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) },
        },
      });
      expect([...(message!.data as { thing2: { value: string } }).thing2.value].length).toBeLessThanOrEqual(20);
      expect(await remaining(talent.id)).toBe(1);

      await move(applicationId, 'offer').expect(200);
      await settled();
      expect(sentTo(talent.openid)).toHaveLength(2);
      expect(await remaining(talent.id)).toBe(0);

      // Permissions used up: later changes reach the inbox only.
      const second = await applyTo(await openPosition('数字孪生工程师'), talent.token);
      await move(second, 'rejected').expect(200);
      await settled();
      expect(sentTo(talent.openid)).toHaveLength(2);
      expect(await unread(talent.token)).toBe(4);
    });

    it('treats 43101 (the user refused) as no permission left, and never fails the status change', async () => {
      const positionId = await openPosition('新材料研发主管');
      const talent = await wechatTalent();
      const applicationId = await applyTo(positionId, talent.token);
      for (let i = 0; i < 3; i += 1) {
        await t.http
          .post('/api/v1/me/wechat-subscriptions')
          .set(auth(talent.token))
          .send({ template: 'application_status', accepted: true })
          .expect(204);
      }
      wechat.refuseSubscribe(talent.openid);
      const res = await move(applicationId, 'interview');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('interview');
      await settled();
      expect(sentTo(talent.openid)).toHaveLength(1);
      expect(await remaining(talent.id)).toBe(0);
      expect(await unread(talent.token)).toBe(1);
      const refusal = t.logs.find((l) => l.msg === 'subscribe message refused by the user; permission cleared');
      expect(refusal).toBeDefined();
      expect(t.rawLogs.join('\n')).not.toContain(talent.openid);
    });

    it('fetches a fresh access token once when WeChat says the cached one expired', async () => {
      const positionId = await openPosition('机器视觉算法工程师');
      const talent = await wechatTalent();
      const applicationId = await applyTo(positionId, talent.token);
      await t.http
        .post('/api/v1/me/wechat-subscriptions')
        .set(auth(talent.token))
        .send({ template: 'application_status', accepted: true })
        .expect(204);
      for (let n = 1; n <= wechat.tokenCalls(); n += 1) wechat.expireToken(`tok-${n}`);
      const before = wechat.tokenCalls();
      await move(applicationId, 'interview').expect(200);
      await settled();
      expect(wechat.tokenCalls()).toBe(before + 1);
      expect(sentTo(talent.openid)).toHaveLength(1);
      expect(await remaining(talent.id)).toBe(0);
    });

    it('sends nothing to a user who never signed in with WeChat', async () => {
      const positionId = await openPosition('供应链数字化经理');
      const applicationId = await applyTo(positionId, tokens.talent);
      const me = await t.http.get('/api/v1/me').set(auth(tokens.talent)).expect(200);
      await t.http
        .post('/api/v1/me/wechat-subscriptions')
        .set(auth(tokens.talent))
        .send({ template: 'application_status', accepted: true })
        .expect(204);
      const sent = wechat.subscribeMessages.length;
      await move(applicationId, 'interview').expect(200);
      await settled();
      expect(wechat.subscribeMessages).toHaveLength(sent);
      expect(await remaining(me.body.id)).toBe(1);
    });

    it('refuses unknown templates and malformed answers', async () => {
      const talent = await wechatTalent();
      for (const body of [
        { template: 'marketing', accepted: true },
        { template: 'application_status' },
        { template: 'application_status', accepted: 'yes' },
      ]) {
        const res = await t.http.post('/api/v1/me/wechat-subscriptions').set(auth(talent.token)).send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  it('erases the inbox and permissions with the account', async () => {
    const positionId = await openPosition('碳中和咨询顾问');
    const talent = await wechatTalent();
    const applicationId = await applyTo(positionId, talent.token);
    await t.http
      .post('/api/v1/me/wechat-subscriptions')
      .set(auth(talent.token))
      .send({ template: 'application_status', accepted: true })
      .expect(204);
    await move(applicationId, 'rejected').expect(200);
    await settled();
    await t.http.delete('/api/v1/me').set(auth(talent.token)).expect(204);
    expect(await t.app.get(DataSource).manager.count(NotificationEntity, { where: { userId: talent.id } })).toBe(0);
    expect(await t.app.get(WechatSubscriptionRepository).find(talent.id, 'application_status')).toBeNull();
  });
});
