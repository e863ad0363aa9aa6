import { DataSource } from 'typeorm';
import {
  DEGREE_RANK,
  type PositionInputRaw,
  positionDetailSchema,
  positionPageSchema,
  positionRecordPageSchema,
  positionRecordSchema,
  positionShareSchema,
  channelStatsSchema,
} from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { DEMO_PERSONA_USERNAMES } from '../../server/src/account/demo-personas';
import { UserEntity } from '../../server/src/account/user.entity';
import { AppException } from '../../server/src/common/errors/app.exception';
import { addDays, endOfLocalDate, localDate } from '../../server/src/common/time/local-date';
import { PositionExpiryService } from '../../server/src/job/position-expiry.service';
import { PositionChannelRepository } from '../../server/src/job/position.repository';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { DEMO_POSITIONS } from '../../server/src/seed/demo-positions';
import { ContentCheckClient } from '../../server/src/wechat/content-check.client';
import { FAKE_PNG, type FakeWechat, startFakeWechat } from '../support/fake-wechat';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ENTERPRISE_OPENID = 'o_enterprise_demo_openid';

/** A position as the enterprise form sends it; tests change what they need. */
function positionInput(overrides: Partial<PositionInputRaw> = {}): PositionInputRaw {
  return {
    title: '光学检测算法工程师',
    titleEn: 'Optical Inspection Algorithm Engineer',
    function: 'data',
    industry: 'smart_manufacturing',
    district: 'jimei',
    salaryMin: 25000,
    salaryMax: 35000,
    minDegree: 'master',
    experienceYears: 2,
    headcount: 1,
    description: '负责光学检测设备的缺陷识别算法研发与产线部署，与硬件团队一起优化成像方案，持续提升检测精度。',
    descriptionEn: 'Develop defect recognition for optical inspection equipment and deploy it on production lines.',
    requirements: '光学、计算机视觉相关专业硕士及以上，熟悉深度学习框架。',
    languages: ['英语（读写）'],
    ...overrides,
  };
}

describe.each(DIALECTS)('positions on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeWechat;
  let tokens: Record<string, string>;
  let db: DataSource;
  const clock = new ManualClock(new Date('2026-06-01T01:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const today = () => localDate(clock.now());
  let enterpriseUserId: number;

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
      },
      extraModules: [QueryCounterModule],
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'enterprise_unverified', 'provider', 'staff']);
    db = t.app.get(DataSource);
    // The enterprise persona signed in with WeChat once (the content check needs the author's openid); the
    // provider persona never did.
    await db
      .getRepository(UserEntity)
      .update({ username: DEMO_PERSONA_USERNAMES.enterprise }, { openid: ENTERPRISE_OPENID });
    enterpriseUserId = (
      await db.getRepository(UserEntity).findOneByOrFail({ username: DEMO_PERSONA_USERNAMES.enterprise })
    ).id;
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  /** Moves the clock; access tokens live 15 minutes, so everyone signs in again. */
  async function advance(ms: number) {
    clock.advance(ms);
    tokens = await personaTokens(t, ['talent', 'enterprise', 'enterprise_unverified', 'provider', 'staff']);
  }

  function post(input: PositionInputRaw, token = tokens.enterprise) {
    return t.http.post('/api/v1/org/positions').set(auth(token)).send(input);
  }

  async function postApproved(overrides: Partial<PositionInputRaw> = {}) {
    const created = await post(positionInput(overrides));
    expect(created.status).toBe(201);
    const reviewed = await t.http
      .post(`/api/v1/staff/positions/${created.body.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' });
    expect(reviewed.status).toBe(200);
    return positionRecordSchema.parse(reviewed.body);
  }

  async function notificationsOf(userId: number, kind: string) {
    return db
      .getRepository(NotificationEntity)
      .find({ where: { userId, kind: kind as NotificationEntity['kind'] }, order: { id: 'ASC' } });
  }

  async function publicList(query: string) {
    const res = await t.http.get(`/api/v1/positions?pageSize=50&${query}`);
    expect(res.status).toBe(200);
    return positionPageSchema.parse(res.body);
  }

  describe('demo data and the public list', () => {
    const approved = DEMO_POSITIONS.filter((d) => d.publishedDaysAgo !== null);

    it('seeds 12 approved positions from verified organisations and one waiting for review', async () => {
      const page = await publicList('');
      expect(page.total).toBe(12);
      expect(approved).toHaveLength(12);
      // Newest first.
      const times = page.items.map((p) => Date.parse(p.publishedAt ?? ''));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(new Set(page.items.map((p) => p.industry)).size).toBeGreaterThanOrEqual(5);
      expect(page.items.filter((p) => p.titleEn).length).toBeGreaterThanOrEqual(5);
      const negotiable = page.items.find((p) => p.negotiable);
      expect(negotiable).toMatchObject({ salaryMin: null, salaryMax: null });

      const queue = await t.http.get('/api/v1/staff/positions?view=pending').set(auth(tokens.staff)).expect(200);
      expect(positionRecordPageSchema.parse(queue.body).items.map((p) => p.title)).toEqual([
        DEMO_POSITIONS.find((d) => d.publishedDaysAgo === null)?.input.title,
      ]);
    });

    it('filters by industry, function, district, degree, salary and posting age', async () => {
      const expectCount = async (query: string, predicate: (d: (typeof approved)[number]) => boolean) => {
        const page = await publicList(query);
        expect({ query, total: page.total }).toEqual({ query, total: approved.filter(predicate).length });
        return page;
      };
      await expectCount('industry=biomedicine', (d) => d.input.industry === 'biomedicine');
      await expectCount('function=finance', (d) => d.input.function === 'finance');
      await expectCount('district=jimei', (d) => d.input.district === 'jimei');
      await expectCount('minDegree=master', (d) => DEGREE_RANK[d.input.minDegree] <= DEGREE_RANK.master);
      const bachelor = await expectCount(
        'minDegree=bachelor',
        (d) => DEGREE_RANK[d.input.minDegree] <= DEGREE_RANK.bachelor,
      );
      expect(bachelor.total).toBeGreaterThan(0);
      await expectCount(
        'minSalary=40000',
        (d) => !d.input.negotiable && (d.input.salaryMax ?? d.input.salaryMin ?? 0) >= 40000,
      );
      await expectCount('postedWithin=3', (d) => (d.publishedDaysAgo as number) * DAY + 2 * HOUR <= 3 * DAY);
      await expectCount(
        'industry=smart_manufacturing&minSalary=30000',
        (d) => d.input.industry === 'smart_manufacturing' && (d.input.salaryMax ?? 0) >= 30000,
      );
      await t.http.get('/api/v1/positions?minDegree=doctor').expect(400);
      await t.http.get('/api/v1/positions?postedWithin=5').expect(400);
    });

    it('searches title, English title and description, with % and _ taken literally', async () => {
      const byTitle = await publicList(`q=${encodeURIComponent('算法')}`);
      expect(byTitle.items.map((p) => p.title)).toEqual(expect.arrayContaining(['机器视觉算法专家']));
      const english = await publicList(`q=${encodeURIComponent('llm application')}`);
      expect(english.items.map((p) => p.title)).toEqual(['大模型应用研发工程师']);
      const inDescription = await publicList(`q=${encodeURIComponent('储能')}`);
      expect(inDescription.items.map((p) => p.title)).toEqual(['新能源赛道投资经理']);
      expect((await publicList(`q=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await publicList(`q=${encodeURIComponent('_')}`)).total).toBe(0);
    });

    it('runs at most 3 SQL statements for the list whatever the page size', async () => {
      const counts: Record<string, number> = {};
      for (const query of [
        'pageSize=1',
        'pageSize=10',
        'pageSize=50',
        `pageSize=50&q=${encodeURIComponent('工程师')}&industry=ai&minDegree=phd&minSalary=1000&postedWithin=30`,
      ]) {
        const counted = await countStatements(t, () => t.http.get(`/api/v1/positions?${query}`).expect(200));
        counts[query] = counted.total;
        // The page and its count: two statements, the same for 1 row or 50.
        expect({ query, statements: counted.total }).toEqual({ query, statements: 2 });
      }
      // Same for a signed-in caller's favourites (the access check's own statements aside).
      const favorites = await countStatements(t, () =>
        t.http.get('/api/v1/me/favorites/positions?pageSize=50').set(auth(tokens.talent)).expect(200),
      );
      expect(favorites.handler).toBeLessThanOrEqual(3);
      expect(counts['pageSize=1']).toBe(counts['pageSize=50']);
    });
  });

  describe('posting and the content check', () => {
    it('stores a passing position as pending, checks all its text in one call with the author’s openid', async () => {
      const before = fake.contentChecks.length;
      const res = await post(positionInput({ benefits: '五险一金、人才公寓' }));
      expect(res.status).toBe(201);
      const record = positionRecordSchema.parse(res.body);
      expect(record).toMatchObject({
        status: 'pending',
        contentCheck: 'pass',
        extended: false,
        expiresOn: addDays(today(), 30),
        publishedAt: null,
      });
      expect(record.organization.name).toBe('厦门海归智造科技有限公司');
      expect(fake.contentChecks.length).toBe(before + 1);
      const sent = fake.contentChecks[before];
      expect(sent).toMatchObject({ version: 2, scene: 3, openid: ENTERPRISE_OPENID });
      for (const text of [
        '光学检测算法工程师',
        'Optical Inspection',
        '缺陷识别',
        'defect recognition',
        '深度学习框架',
        '人才公寓',
        '英语（读写）',
      ]) {
        expect(sent.content).toContain(text);
      }
      // Not public until staff approve it.
      await t.http.get(`/api/v1/positions/${record.id}`).expect(404);
    });

    it('flags text WeChat wants a person to read, for staff to see', async () => {
      const res = await post(
        positionInput({ description: '负责光学检测算法研发 marker-review 并完成产线部署与持续优化工作。' }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'pending', contentCheck: 'review' });
      const queue = await t.http
        .get('/api/v1/staff/positions?view=pending&pageSize=50')
        .set(auth(tokens.staff))
        .expect(200);
      expect(queue.body.items.find((p: { id: number }) => p.id === res.body.id)).toMatchObject({
        contentCheck: 'review',
      });
    });

    it('refuses risky text with 422 CONTENT_RISKY and stores nothing', async () => {
      const before = (await t.http.get('/api/v1/org/positions?pageSize=50').set(auth(tokens.enterprise)).expect(200))
        .body.total;
      const res = await post(positionInput({ requirementsEn: 'Send a deposit first marker-risky' })).set(
        'Accept-Language',
        'en',
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('CONTENT_RISKY');
      expect(res.body.message).toMatch(/not allowed/);
      // WeChat's label becomes a reason the enterprise can act on (20008 = fraud).
      expect(res.body.reason).toBe('it looks like a scam');
      const zh = await post(positionInput({ title: '高薪岗位 marker-risky' }));
      expect(zh.status).toBe(422);
      expect(zh.body.message).toBe('内容含有违规信息，请修改后再提交');
      expect(zh.body.reason).toBe('含有欺诈内容');
      expect(
        (await t.http.get('/api/v1/org/positions?pageSize=50').set(auth(tokens.enterprise)).expect(200)).body.total,
      ).toBe(before);
    });

    it('answers 503 WECHAT_UNAVAILABLE when the check fails, and stores nothing', async () => {
      const before = (await t.http.get('/api/v1/org/positions').set(auth(tokens.enterprise)).expect(200)).body.total;
      const res = await post(
        positionInput({ description: '负责光学检测算法研发 marker-broken 并完成产线部署与持续优化。' }),
      );
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('WECHAT_UNAVAILABLE');
      expect((await t.http.get('/api/v1/org/positions').set(auth(tokens.enterprise)).expect(200)).body.total).toBe(
        before,
      );
    });

    it('refreshes a revoked access token once and goes on', async () => {
      const calls = fake.tokenCalls();
      fake.expireToken(`tok-${calls}`);
      const res = await post(positionInput());
      expect(res.status).toBe(201);
      expect(fake.tokenCalls()).toBe(calls + 1);
    });

    it('sends a position by an author without a WeChat openid to staff review unchecked', async () => {
      const before = fake.contentChecks.length;
      const res = await post(
        positionInput({ title: '科技金融产品经理', industry: 'modern_services', function: 'finance' }),
        tokens.provider,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'pending', contentCheck: 'review' });
      expect(fake.contentChecks.length).toBe(before);
    });

    it('passes everything through without WeChat outside production, and refuses to in production', async () => {
      await expect(
        new ContentCheckClient(null, { baseUrl: fake.baseUrl, production: false }).check('任意文本', null),
      ).resolves.toEqual({ suggest: 'pass' });
      const refused = new ContentCheckClient(null, { baseUrl: fake.baseUrl, production: true }).check(
        '任意文本',
        'o_x',
      );
      await expect(refused).rejects.toBeInstanceOf(AppException);
      await expect(refused).rejects.toMatchObject({ code: 'WECHAT_UNAVAILABLE', statusCode: 503 });
    });

    it('keeps the expiry within 90 days and after today', async () => {
      for (const expiresOn of [today(), addDays(today(), -3), addDays(today(), 91)]) {
        const res = await post(positionInput({ expiresOn }));
        expect({ expiresOn, status: res.status, code: res.body.code }).toEqual({
          expiresOn,
          status: 422,
          code: 'POSITION_EXPIRY_INVALID',
        });
      }
      const ok = await post(positionInput({ expiresOn: addDays(today(), 90) }));
      expect(ok.status).toBe(201);
      expect(ok.body.expiresOn).toBe(addDays(today(), 90));
    });

    it('validates the form (salary order, a salary or negotiable, unknown fields)', async () => {
      expect((await post(positionInput({ salaryMin: 40000, salaryMax: 20000 }))).status).toBe(400);
      expect((await post(positionInput({ salaryMin: null, salaryMax: null }))).status).toBe(400);
      expect((await post({ ...positionInput(), salaryMin: null, salaryMax: null, negotiable: true })).status).toBe(201);
      expect((await post({ ...positionInput(), status: 'approved' } as PositionInputRaw)).status).toBe(400);
    });

    it('lets only members of a verified organisation post', async () => {
      const unverified = await post(positionInput(), tokens.enterprise_unverified);
      expect(unverified.status).toBe(403);
      expect(unverified.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
      expect((await post(positionInput(), tokens.talent)).status).toBe(403);
      expect((await post(positionInput(), tokens.staff)).status).toBe(403);
      expect((await t.http.post('/api/v1/org/positions').send(positionInput())).status).toBe(401);
    });
  });

  describe('ownership, review and the owner’s actions', () => {
    it('hides a position from another organisation: read, edit, close, extend, share, channels', async () => {
      const created = (await post(positionInput())).body;
      const other = auth(tokens.provider);
      const id = created.id as number;
      const tries = [
        t.http.get(`/api/v1/org/positions/${id}`).set(other),
        t.http.patch(`/api/v1/org/positions/${id}`).set(other).send({ headcount: 3 }),
        t.http.post(`/api/v1/org/positions/${id}/close`).set(other).send({ reason: 'filled' }),
        t.http
          .post(`/api/v1/org/positions/${id}/extend`)
          .set(other)
          .send({ expiresOn: addDays(today(), 40) }),
        t.http.get(`/api/v1/org/positions/${id}/share?channel=london`).set(other),
        t.http.get(`/api/v1/org/positions/${id}/wxacode?channel=london`).set(other),
        t.http.get(`/api/v1/org/positions/${id}/channels`).set(other),
      ];
      for (const res of await Promise.all(tries)) {
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'POSITION_NOT_FOUND' });
      }
      const mine = await t.http.get('/api/v1/org/positions?pageSize=50').set(other).expect(200);
      expect(mine.body.items.map((p: { id: number }) => p.id)).not.toContain(id);
      // Still unchanged for the owner.
      expect(
        (await t.http.get(`/api/v1/org/positions/${id}`).set(auth(tokens.enterprise)).expect(200)).body,
      ).toMatchObject({ status: 'pending', headcount: 1 });
    });

    it('approve → public with detail, counted views; the organisation is told', async () => {
      const before = (await notificationsOf(enterpriseUserId, 'position_review')).length;
      const record = await postApproved({ title: '精密光学工程师' });
      expect(record).toMatchObject({ status: 'approved', publishedAt: clock.now().toISOString() });
      const detail = positionDetailSchema.parse((await t.http.get(`/api/v1/positions/${record.id}`).expect(200)).body);
      expect(detail).toMatchObject({
        title: '精密光学工程师',
        favorited: false,
        applied: false,
        languages: ['英语（读写）'],
      });
      expect(detail.description).toContain('缺陷识别');
      await t.http.get(`/api/v1/positions/${record.id}`).set(auth(tokens.talent)).expect(200);
      expect(
        (await t.http.get(`/api/v1/org/positions/${record.id}`).set(auth(tokens.enterprise)).expect(200)).body
          .viewCount,
      ).toBe(2);
      expect((await publicList(`q=${encodeURIComponent('精密光学')}`)).items.map((p) => p.id)).toEqual([record.id]);
      const told = await notificationsOf(enterpriseUserId, 'position_review');
      expect(told.length).toBe(before + 1);
      expect(told.at(-1)).toMatchObject({ titleZh: '岗位已通过审核', linkPage: 'orgPositionEdit', linkId: record.id });
      // A second review of the same position is refused.
      const again = await t.http
        .post(`/api/v1/staff/positions/${record.id}/review`)
        .set(auth(tokens.staff))
        .send({ decision: 'reject', reason: '重复' });
      expect(again.status).toBe(409);
    });

    it('reject with a reason: the owner sees it and is told; an edit sends it back to review', async () => {
      const created = (await post(positionInput({ title: '售前技术支持' }))).body;
      const noReason = await t.http
        .post(`/api/v1/staff/positions/${created.id}/review`)
        .set(auth(tokens.staff))
        .send({ decision: 'reject' });
      expect(noReason.status).toBe(400);
      const reason = '薪资范围与岗位要求不符，请补充岗位职责';
      await t.http
        .post(`/api/v1/staff/positions/${created.id}/review`)
        .set(auth(tokens.staff))
        .send({ decision: 'reject', reason })
        .expect(200);
      const own = await t.http.get(`/api/v1/org/positions/${created.id}`).set(auth(tokens.enterprise)).expect(200);
      expect(own.body).toMatchObject({ status: 'rejected', rejectReason: reason });
      await t.http.get(`/api/v1/positions/${created.id}`).expect(404);
      const told = (await notificationsOf(enterpriseUserId, 'position_review')).at(-1);
      expect(told?.bodyZh).toContain(reason);
      expect(told?.bodyEn).toContain(reason);
      expect(
        (
          await t.http.get('/api/v1/staff/positions?view=rejected&pageSize=50').set(auth(tokens.staff)).expect(200)
        ).body.items.map((p: { id: number }) => p.id),
      ).toContain(created.id);

      const checks = fake.contentChecks.length;
      const edited = await t.http
        .patch(`/api/v1/org/positions/${created.id}`)
        .set(auth(tokens.enterprise))
        .send({ salaryMin: 15000, headcount: 2 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        status: 'pending',
        rejectReason: null,
        salaryMin: 15000,
        headcount: 2,
        title: '售前技术支持',
      });
      expect(fake.contentChecks.length).toBe(checks + 1);
      const risky = await t.http
        .patch(`/api/v1/org/positions/${created.id}`)
        .set(auth(tokens.enterprise))
        .send({ benefits: '先交押金 marker-risky' });
      expect(risky.status).toBe(422);
      expect(
        (await t.http.get(`/api/v1/org/positions/${created.id}`).set(auth(tokens.enterprise)).expect(200)).body
          .benefits,
      ).toBeNull();
      const inverted = await t.http
        .patch(`/api/v1/org/positions/${created.id}`)
        .set(auth(tokens.enterprise))
        .send({ salaryMin: 90000 });
      expect(inverted.status).toBe(400);
      const staffView = await t.http.get(`/api/v1/staff/positions/${created.id}`).set(auth(tokens.staff)).expect(200);
      expect(staffView.body).toMatchObject({ status: 'pending', description: expect.stringContaining('缺陷识别') });
    });

    it('an edit of an open position takes it off the public list until approved again', async () => {
      const record = await postApproved({ title: '视觉标定工程师' });
      await t.http
        .patch(`/api/v1/org/positions/${record.id}`)
        .set(auth(tokens.enterprise))
        .send({ headcount: 4 })
        .expect(200);
      await t.http.get(`/api/v1/positions/${record.id}`).expect(404);
      await advance(HOUR);
      const again = await t.http
        .post(`/api/v1/staff/positions/${record.id}/review`)
        .set(auth(tokens.staff))
        .send({ decision: 'approve' })
        .expect(200);
      // The first publication date stays: the 90-day limit counts from it.
      expect(again.body.publishedAt).toBe(record.publishedAt);
    });

    it('close as filled: off the public list, and no further changes', async () => {
      const record = await postApproved({ title: '检测设备交付工程师' });
      const closed = await t.http
        .post(`/api/v1/org/positions/${record.id}/close`)
        .set(auth(tokens.enterprise))
        .send({ reason: 'filled' })
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'filled' });
      await t.http.get(`/api/v1/positions/${record.id}`).expect(404);
      expect(
        (
          await t.http
            .post(`/api/v1/org/positions/${record.id}/close`)
            .set(auth(tokens.enterprise))
            .send({ reason: 'withdrawn' })
        ).status,
      ).toBe(409);
      expect(
        (await t.http.patch(`/api/v1/org/positions/${record.id}`).set(auth(tokens.enterprise)).send({ headcount: 2 }))
          .status,
      ).toBe(409);
      expect(
        (
          await t.http
            .post(`/api/v1/org/positions/${record.id}/close`)
            .set(auth(tokens.enterprise))
            .send({ reason: 'expired' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t.http.get('/api/v1/staff/positions?view=closed&pageSize=50').set(auth(tokens.staff)).expect(200)
        ).body.items.map((p: { id: number }) => p.id),
      ).toContain(record.id);
    });
  });

  describe('favourites', () => {
    it('saves, lists, counts and removes; erased with the account', async () => {
      const record = await postApproved({ title: '光学系统设计师' });
      const put = await t.http.put(`/api/v1/positions/${record.id}/favorite`).set(auth(tokens.talent)).expect(200);
      expect(put.body).toEqual({ favorited: true, favoriteCount: 1 });
      await t.http.put(`/api/v1/positions/${record.id}/favorite`).set(auth(tokens.talent)).expect(200);
      expect(
        (await t.http.get(`/api/v1/positions/${record.id}`).set(auth(tokens.talent)).expect(200)).body.favorited,
      ).toBe(true);
      const mine = await t.http.get('/api/v1/me/favorites/positions').set(auth(tokens.talent)).expect(200);
      expect(mine.body.items.map((p: { id: number }) => p.id)).toEqual([record.id]);
      const exported = (await t.http.get('/api/v1/me/export').set(auth(tokens.talent)).expect(200)).body;
      expect(exported.savedPositions).toEqual([
        expect.objectContaining({ positionId: record.id, title: record.title }),
      ]);

      const leaving = (
        await t.http
          .post('/api/v1/auth/register')
          .send({ username: 'leaving_talent', password: 'leav1ng-pass-word', role: 'talent', displayName: '离开的人' })
          .expect(201)
      ).body.accessToken as string;
      await t.http
        .post('/api/v1/me/consent')
        .set(auth(leaving))
        .send({ policyVersion: PRIVACY_POLICY_VERSION })
        .expect(200);
      expect(
        (await t.http.put(`/api/v1/positions/${record.id}/favorite`).set(auth(leaving)).expect(200)).body.favoriteCount,
      ).toBe(2);
      await t.http.delete('/api/v1/me').set(auth(leaving)).expect(204);
      expect(
        (await t.http.delete(`/api/v1/positions/${record.id}/favorite`).set(auth(tokens.talent)).expect(200)).body,
      ).toEqual({ favorited: false, favoriteCount: 0 });
      expect((await t.http.get('/api/v1/me/favorites/positions').set(auth(tokens.talent)).expect(200)).body.total).toBe(
        0,
      );
      await t.http.put('/api/v1/positions/999999/favorite').set(auth(tokens.talent)).expect(404);
    });
  });

  describe('channels and mini-program codes', () => {
    let id: number;
    beforeAll(async () => {
      id = (await postApproved({ title: '海外联络站推荐岗位' })).id;
    });

    it('gives a share path and a scene of at most 32 characters carrying the channel', async () => {
      const res = await t.http
        .get(`/api/v1/org/positions/${id}/share?channel=london`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(positionShareSchema.parse(res.body)).toEqual({
        channel: 'london',
        path: `packages/job/detail/index?id=${id}&ch=london`,
        scene: `p=${id}&c=london`,
      });
      const longest = await t.http
        .get(`/api/v1/org/positions/${id}/share?channel=${'x'.repeat(16)}`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(longest.body.scene.length).toBeLessThanOrEqual(32);
      await t.http.get(`/api/v1/org/positions/${id}/share`).set(auth(tokens.enterprise)).expect(400);
      await t.http
        .get(`/api/v1/org/positions/${id}/share?channel=${'x'.repeat(17)}`)
        .set(auth(tokens.enterprise))
        .expect(400);
      await t.http.get(`/api/v1/org/positions/${id}/share?channel=a%26b`).set(auth(tokens.enterprise)).expect(400);
    });

    it('serves the mini-program code image from WeChat, and 503 when WeChat refuses', async () => {
      const res = await t.http
        .get(`/api/v1/org/positions/${id}/wxacode?channel=london`)
        .set(auth(tokens.enterprise))
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(res.body as Buffer, FAKE_PNG)).toBe(0);
      expect(fake.wxacodes.at(-1)).toEqual({
        scene: `p=${id}&c=london`,
        page: 'packages/job/detail/index',
        check_path: false,
        env_version: 'release',
      });
      const refused = await t.http
        .get(`/api/v1/org/positions/${id}/wxacode?channel=wxerr`)
        .set(auth(tokens.enterprise));
      expect(refused.status).toBe(503);
      expect(refused.body.code).toBe('WECHAT_UNAVAILABLE');
    });

    it('counts views per channel (concurrent first views too) and applications through the repository', async () => {
      await t.http.get(`/api/v1/positions/${id}?channel=london`).expect(200);
      await t.http.get(`/api/v1/positions/${id}?channel=london`).expect(200);
      await t.http.get(`/api/v1/positions/${id}?channel=paris`).expect(200);
      // A malformed tag is ignored, the page still opens.
      await t.http.get(`/api/v1/positions/${id}?channel=${encodeURIComponent('../x')}`).expect(200);
      await Promise.all(
        Array.from({ length: 8 }, () => t.http.get(`/api/v1/positions/${id}?channel=tokyo`).expect(200)),
      );
      const channels = t.app.get(PositionChannelRepository);
      await db.transaction((em) => channels.countApplication(id, 'london', em));
      const res = await t.http.get(`/api/v1/org/positions/${id}/channels`).set(auth(tokens.enterprise)).expect(200);
      expect(channelStatsSchema.parse(res.body).items).toEqual([
        { channel: 'tokyo', views: 8, applications: 0 },
        { channel: 'london', views: 2, applications: 1 },
        { channel: 'paris', views: 1, applications: 0 },
      ]);
    });
  });

  describe('expiry (controllable clock)', () => {
    it('reminds exactly once 5 days before, lets the owner extend once, and closes at the end of the last day', async () => {
      const expiry = t.app.get(PositionExpiryService);
      const expiresOn = addDays(today(), 12);
      const record = await postApproved({ title: '到期测试岗位', expiresOn });
      const expiresAt = endOfLocalDate(expiresOn).getTime();
      const reminders = async () =>
        (await notificationsOf(enterpriseUserId, 'position_expiring')).filter((n) => n.linkId === record.id);
      const closings = async () =>
        (await notificationsOf(enterpriseUserId, 'position_closed')).filter((n) => n.linkId === record.id);

      // Just before T-5 days: nothing for this posting.
      await advance(expiresAt - 5 * DAY - clock.now().getTime() - 60_000);
      await expiry.run(clock.now());
      expect(await reminders()).toHaveLength(0);
      const stale = await t.http
        .get('/api/v1/staff/positions?view=stale&pageSize=50')
        .set(auth(tokens.staff))
        .expect(200);
      expect(stale.body.items.map((p: { id: number }) => p.id)).not.toContain(record.id);

      // At T-5 days, two instances running at once: one reminder.
      await advance(2 * 60_000);
      // (SQLite has one connection, on which transactions cannot overlap: there the runs take turns.)
      const runs =
        dialect === 'mysql'
          ? await Promise.all([expiry.run(clock.now()), expiry.run(clock.now())])
          : [await expiry.run(clock.now()), await expiry.run(clock.now())];
      expect(runs.reduce((n, r) => n + r.reminded, 0)).toBeGreaterThanOrEqual(1);
      expect(await reminders()).toHaveLength(1);
      await expiry.run(clock.now());
      expect(await reminders()).toHaveLength(1);
      const reminder = (await reminders())[0];
      expect(reminder.bodyZh).toContain(expiresOn);
      expect(reminder.bodyEn).toContain('extend it once');
      const staleNow = await t.http
        .get('/api/v1/staff/positions?view=stale&pageSize=50')
        .set(auth(tokens.staff))
        .expect(200);
      expect(staleNow.body.items.map((p: { id: number }) => p.id)).toContain(record.id);

      // Extend: at most 90 days from publication, later than now, once.
      const publishedOn = localDate(new Date(record.publishedAt as string));
      const tooFar = await t.http
        .post(`/api/v1/org/positions/${record.id}/extend`)
        .set(auth(tokens.enterprise))
        .send({ expiresOn: addDays(publishedOn, 91) });
      expect({ status: tooFar.status, code: tooFar.body.code }).toEqual({
        status: 422,
        code: 'POSITION_EXPIRY_INVALID',
      });
      const earlier = await t.http
        .post(`/api/v1/org/positions/${record.id}/extend`)
        .set(auth(tokens.enterprise))
        .send({ expiresOn: addDays(expiresOn, -1) });
      expect(earlier.status).toBe(422);
      const newExpiry = addDays(expiresOn, 10);
      const extended = await t.http
        .post(`/api/v1/org/positions/${record.id}/extend`)
        .set(auth(tokens.enterprise))
        .send({ expiresOn: newExpiry })
        .expect(200);
      expect(extended.body).toMatchObject({ extended: true, expiresOn: newExpiry, status: 'approved' });
      const twice = await t.http
        .post(`/api/v1/org/positions/${record.id}/extend`)
        .set(auth(tokens.enterprise))
        .send({ expiresOn: addDays(newExpiry, 1) });
      expect({ status: twice.status, code: twice.body.code }).toEqual({
        status: 409,
        code: 'POSITION_ALREADY_EXTENDED',
      });

      // The old expiry passes: still open. The new one's T-5 brings one more reminder; then it closes at T.
      await advance(expiresAt - clock.now().getTime() + HOUR);
      await expiry.run(clock.now());
      expect((await t.http.get(`/api/v1/positions/${record.id}`).expect(200)).body.expiresOn).toBe(newExpiry);
      const newExpiresAt = endOfLocalDate(newExpiry).getTime();
      await advance(newExpiresAt - 5 * DAY - clock.now().getTime() + 60_000);
      await expiry.run(clock.now());
      expect(await reminders()).toHaveLength(2);
      expect((await reminders())[1].bodyEn).not.toContain('extend');

      await advance(newExpiresAt - clock.now().getTime() - 1);
      await expiry.run(clock.now());
      expect(
        (await t.http.get(`/api/v1/org/positions/${record.id}`).set(auth(tokens.enterprise)).expect(200)).body.status,
      ).toBe('approved');
      await advance(1);
      // At T the posting is no longer public even before the job has run.
      await t.http.get(`/api/v1/positions/${record.id}`).expect(404);
      const closedRuns =
        dialect === 'mysql'
          ? await Promise.all([expiry.run(clock.now()), expiry.run(clock.now())])
          : [await expiry.run(clock.now()), await expiry.run(clock.now())];
      expect(closedRuns.reduce((n, r) => n + r.closed, 0)).toBeGreaterThanOrEqual(1);
      const own = await t.http.get(`/api/v1/org/positions/${record.id}`).set(auth(tokens.enterprise)).expect(200);
      expect(own.body).toMatchObject({ status: 'closed', closeReason: 'expired' });
      expect(await closings()).toHaveLength(1);
      await expiry.run(clock.now());
      expect(await closings()).toHaveLength(1);
      // Every seeded posting has expired by now too, and no expired one is left open.
      expect((await publicList('')).items.every((p) => p.expiresOn >= today())).toBe(true);
      const extendClosed = await t.http
        .post(`/api/v1/org/positions/${record.id}/extend`)
        .set(auth(tokens.enterprise))
        .send({ expiresOn: addDays(today(), 5) });
      expect(extendClosed.status).toBe(409);
    });
  });
});
