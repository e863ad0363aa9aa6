import type { AddressInfo } from 'node:net';
import { type Application, applicationPageSchema, applicationSchema, myDataExportSchema } from '@ihaigui/shared';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { localDate } from '../../server/src/common/time/local-date';
import { NotificationService } from '../../server/src/notification/notification.service';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';
import { registerWithConsent } from './support/accounts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% test cv\n'), Buffer.alloc(2_000, 0x20), Buffer.from('\n%%EOF\n')]);

/** A position as the enterprise form sends it. */
function positionInput(title: string) {
  return {
    title,
    titleEn: `${title} (EN)`,
    function: 'research',
    industry: 'ai',
    district: 'torch',
    salaryMin: 30_000,
    salaryMax: 50_000,
    minDegree: 'master',
    experienceYears: 3,
    headcount: 2,
    description: '负责多模态大模型在工业质检场景中的算法研究与落地，带领小组完成模型训练、评测与部署。',
    descriptionEn: 'Lead research on multimodal models for industrial inspection, from training to deployment.',
    requirements: '硕士及以上学历，具有海外研究或工作经历，熟悉深度学习框架。',
    languages: ['英语（流利）'],
  };
}

const PROFILE = {
  name: '林海归',
  nationality: '中国',
  studyCountry: '英国',
  degree: 'phd',
  school: '帝国理工学院',
  major: '机器学习',
  field: '人工智能',
  returnYear: 2025,
  intent: 'job',
};

describe.each(DIALECTS)('applications on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let baseUrl: string;
  const clock = new ManualClock(new Date('2026-07-01T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let registered = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' },
      extraModules: [QueryCounterModule],
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'provider', 'staff']);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  /** A new talent with consent and a profile (and a CV when asked). */
  async function newTalent(options: { cv?: boolean; profile?: boolean } = {}): Promise<string> {
    registered += 1;
    const token = await registerWithConsent(t, {
      username: `applicant${registered}`,
      password: `applic4nt-pass-${registered}`,
      role: 'talent',
      displayName: `申请人${registered}`,
    });
    if (options.profile !== false)
      await t.http
        .put('/api/v1/me/talent-profile')
        .set(auth(token))
        .send({ ...PROFILE, name: `申请人${registered}` })
        .expect(200);
    if (options.cv)
      await t.http.post('/api/v1/me/talent-profile/cv').set(auth(token)).attach('file', PDF, 'cv.pdf').expect(200);
    return token;
  }

  /** Posted by the verified enterprise and approved by staff: public. */
  async function openPosition(title: string, expiresOn?: string): Promise<number> {
    const posted = await t.http
      .post('/api/v1/org/positions')
      .set(auth(tokens.enterprise))
      .send({ ...positionInput(title), ...(expiresOn ? { expiresOn } : {}) });
    expect(posted.status).toBe(201);
    expect(posted.body.status).toBe('pending');
    const reviewed = await t.http
      .post(`/api/v1/staff/positions/${posted.body.id}/review`)
      .set(auth(tokens.staff))
      .send({ decision: 'approve' });
    expect(reviewed.status).toBe(200);
    return posted.body.id as number;
  }

  function apply(
    token: string,
    positionId: number,
    body: Record<string, unknown> = { message: '您好，我对这个岗位很感兴趣。' },
    key?: string,
  ) {
    const req = t.http.post(`/api/v1/positions/${positionId}/applications`).set(auth(token));
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  }

  const statuses = (a: Application) => a.history.map((h) => h.status);

  it('runs post → review → public → apply → viewed → interview → offer, and the talent sees every step with its time', async () => {
    const positionId = await openPosition('多模态算法科学家');
    const pub = await t.http.get(`/api/v1/positions/${positionId}`).expect(200);
    expect(pub.body.applied).toBe(false);

    const talent = await newTalent({ cv: true });
    const applied = await apply(talent, positionId, {
      message: '我在伦敦做过三年工业视觉研究。',
      channel: 'uk-london',
    }).expect(201);
    const application = applicationSchema.parse(applied.body);
    expect(application).toMatchObject({
      status: 'submitted',
      message: '我在伦敦做过三年工业视觉研究。',
      position: { id: positionId, title: '多模态算法科学家', organizationName: '厦门海归智造科技有限公司' },
      applicant: { name: `申请人${registered}`, degree: 'phd', school: '帝国理工学院', hasCv: true },
    });
    expect(statuses(application)).toEqual(['submitted']);

    // Later edits to the profile do not change what was sent.
    await t.http
      .put('/api/v1/me/talent-profile')
      .set(auth(talent))
      .send({ ...PROFILE, name: '改过的名字' })
      .expect(200);

    // The enterprise sees the applicant; the first opening marks it viewed.
    const list = applicationPageSchema.parse(
      (await t.http.get(`/api/v1/org/positions/${positionId}/applications`).set(auth(tokens.enterprise)).expect(200))
        .body,
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: application.id,
      status: 'submitted',
      applicant: { name: `申请人${registered}` },
    });
    clock.advance(60_000);
    const opened = await t.http
      .get(`/api/v1/org/applications/${application.id}`)
      .set(auth(tokens.enterprise))
      .expect(200);
    expect(opened.body.status).toBe('viewed');
    const again = await t.http
      .get(`/api/v1/org/applications/${application.id}`)
      .set(auth(tokens.enterprise))
      .expect(200);
    expect(statuses(again.body)).toEqual(['submitted', 'viewed']);

    // The CV copy sent with the application, for the organisation applied to only.
    const cv = await t.http
      .get(`/api/v1/org/applications/${application.id}/cv`)
      .set(auth(tokens.enterprise))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(cv.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(cv.body as Buffer, PDF)).toBe(0);
    await t.http.get(`/api/v1/org/applications/${application.id}/cv`).set(auth(tokens.provider)).expect(404);

    clock.advance(5 * MINUTE);
    await t.http
      .post(`/api/v1/org/applications/${application.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'interview', message: '请于下周二上午10点到火炬园面试。' })
      .expect(200);
    clock.advance(5 * MINUTE);
    const offered = await t.http
      .post(`/api/v1/org/applications/${application.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'offer' })
      .expect(200);
    expect(offered.body.status).toBe('offer');

    const mine = applicationSchema.parse(
      (await t.http.get(`/api/v1/me/applications/${application.id}`).set(auth(talent)).expect(200)).body,
    );
    expect(mine.status).toBe('offer');
    expect(mine.applicant.name).toBe(`申请人${registered}`);
    expect(mine.history).toEqual([
      { status: 'submitted', message: null, at: application.createdAt },
      { status: 'viewed', message: null, at: expect.any(String) },
      { status: 'interview', message: '请于下周二上午10点到火炬园面试。', at: expect.any(String) },
      { status: 'offer', message: null, at: clock.now().toISOString() },
    ]);
    const times = mine.history.map((h) => Date.parse(h.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Offer is final.
    const late = await t.http
      .post(`/api/v1/org/applications/${application.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'rejected' })
      .expect(409);
    expect(late.body.code).toBe('APPLICATION_INVALID_TRANSITION');
    const noWithdraw = await t.http
      .post(`/api/v1/me/applications/${application.id}/withdraw`)
      .set(auth(talent))
      .send({})
      .expect(409);
    expect(noWithdraw.body.code).toBe('APPLICATION_INVALID_TRANSITION');

    // The position counts the application and the channel it came through; the detail knows the talent applied.
    const record = await t.http.get(`/api/v1/org/positions/${positionId}`).set(auth(tokens.enterprise)).expect(200);
    expect(record.body.applicationCount).toBe(1);
    const channels = await t.http
      .get(`/api/v1/org/positions/${positionId}/channels`)
      .set(auth(tokens.enterprise))
      .expect(200);
    expect(channels.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ channel: 'uk-london', applications: 1 })]),
    );
    expect((await t.http.get(`/api/v1/positions/${positionId}`).set(auth(talent)).expect(200)).body.applied).toBe(true);

    // The talent heard of each step in the inbox; the organisation of the new application.
    const inbox = await t.http.get('/api/v1/me/notifications').set(auth(talent)).expect(200);
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'application_status',
      'application_status',
      'application_status',
    ]);
    expect(inbox.body.items[0]).toMatchObject({ link: { page: 'applicationDetail', id: application.id }, read: false });
    const orgInbox = await t.http.get('/api/v1/me/notifications').set(auth(tokens.enterprise)).expect(200);
    expect(
      orgInbox.body.items.some(
        (n: { kind: string; link: { id: number } }) => n.kind === 'application_new' && n.link.id === application.id,
      ),
    ).toBe(true);

    const audit = await t.app.get(AuditRepository).findPage({ entityType: 'application' }, 0, 50);
    expect(
      audit[0]
        .filter((a) => a.entityId === String(application.id))
        .map((a) => a.action)
        .sort(),
    ).toEqual(
      [
        'application.create',
        'application.cv.read',
        'application.interview',
        'application.offer',
        'application.viewed',
      ].sort(),
    );
  });

  it('rejects with a message the talent reads, and keeps the rejection final', async () => {
    const positionId = await openPosition('芯片验证工程师');
    const talent = await newTalent();
    const { body } = await apply(talent, positionId).expect(201);
    await t.http
      .post(`/api/v1/org/applications/${body.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'rejected', message: '感谢投递，岗位已有更合适人选。' })
      .expect(200);
    const mine = await t.http.get(`/api/v1/me/applications/${body.id}`).set(auth(talent)).expect(200);
    expect(mine.body.status).toBe('rejected');
    expect(mine.body.history.at(-1)).toMatchObject({ status: 'rejected', message: '感谢投递，岗位已有更合适人选。' });
    const again = await t.http
      .post(`/api/v1/org/applications/${body.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'interview' })
      .expect(409);
    expect(again.body.code).toBe('APPLICATION_INVALID_TRANSITION');
    const skip = await t.http
      .post(`/api/v1/org/applications/${body.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'submitted' })
      .expect(400);
    expect(skip.body.code).toBe('VALIDATION_FAILED');
  });

  it('lets the talent withdraw before an outcome; the organisation hears of it', async () => {
    const positionId = await openPosition('海外市场总监');
    const talent = await newTalent();
    const { body } = await apply(talent, positionId).expect(201);
    const withdrawn = await t.http
      .post(`/api/v1/me/applications/${body.id}/withdraw`)
      .set(auth(talent))
      .send({})
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(statuses(withdrawn.body)).toEqual(['submitted', 'withdrawn']);
    const twice = await t.http
      .post(`/api/v1/me/applications/${body.id}/withdraw`)
      .set(auth(talent))
      .send({})
      .expect(409);
    expect(twice.body.code).toBe('APPLICATION_INVALID_TRANSITION');
    const move = await t.http
      .post(`/api/v1/org/applications/${body.id}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'interview' })
      .expect(409);
    expect(move.body.code).toBe('APPLICATION_INVALID_TRANSITION');
    // Someone else's application does not exist for another talent.
    const other = await newTalent();
    expect(
      (await t.http.post(`/api/v1/me/applications/${body.id}/withdraw`).set(auth(other)).send({}).expect(404)).body
        .code,
    ).toBe('APPLICATION_NOT_FOUND');
    expect((await t.http.get(`/api/v1/me/applications/${body.id}`).set(auth(other)).expect(404)).body.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
  });

  describe('one application per position', () => {
    it('answers a retry with the same Idempotency-Key with the first answer (201 and the same application)', async () => {
      const positionId = await openPosition('量子计算研究员');
      const talent = await newTalent({ cv: true });
      const first = await apply(talent, positionId, { message: '第一次提交' }, 'tap-7f3a9c').expect(201);
      const retry = await apply(talent, positionId, { message: '第一次提交' }, 'tap-7f3a9c').expect(201);
      expect(retry.body).toEqual(first.body);
      const otherKey = await apply(talent, positionId, { message: '又一次' }, 'tap-other').expect(409);
      expect(otherKey.body.code).toBe('APPLICATION_EXISTS');
      const noKey = await apply(talent, positionId, { message: '又一次' }).expect(409);
      expect(noKey.body.code).toBe('APPLICATION_EXISTS');
      const mine = await t.http.get('/api/v1/me/applications').set(auth(talent)).expect(200);
      expect(mine.body.total).toBe(1);
      const record = await t.http.get(`/api/v1/org/positions/${positionId}`).set(auth(tokens.enterprise)).expect(200);
      expect(record.body.applicationCount).toBe(1);
      const bad = await apply(talent, positionId, { message: '坏的键' }, 'not a valid key!').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('creates exactly one application from five simultaneous identical requests', async () => {
      const positionId = await openPosition('具身智能工程师');
      const talent = await newTalent({ cv: true });
      const results = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const res = await fetch(`${baseUrl}/api/v1/positions/${positionId}/applications`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${talent}`,
              'idempotency-key': 'same-tap-5',
            },
            body: JSON.stringify({ message: '同时发出的五次请求' }),
          });
          return { status: res.status, body: (await res.json()) as { id?: number } };
        }),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      const list = await t.http
        .get(`/api/v1/org/positions/${positionId}/applications`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(list.body.total).toBe(1);
      const record = await t.http.get(`/api/v1/org/positions/${positionId}`).set(auth(tokens.enterprise)).expect(200);
      expect(record.body.applicationCount).toBe(1);
    });

    it('refuses five simultaneous requests without a key but one', async () => {
      const positionId = await openPosition('医疗器械注册专员');
      const talent = await newTalent();
      const statuses = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const res = await fetch(`${baseUrl}/api/v1/positions/${positionId}/applications`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${talent}` },
            body: JSON.stringify({ message: '没有幂等键的重复提交' }),
          });
          return `${res.status} ${((await res.json()) as { code?: string }).code ?? ''}`.trim();
        }),
      );
      expect(statuses.sort()).toEqual(['201', ...Array(4).fill('409 APPLICATION_EXISTS')]);
    });
  });

  describe('who may apply, and to what', () => {
    it('needs a talent profile', async () => {
      const positionId = await openPosition('机器人控制算法工程师');
      const talent = await newTalent({ profile: false });
      expect((await apply(talent, positionId).expect(404)).body.code).toBe('PROFILE_NOT_FOUND');
    });

    it('takes applications only for approved, unexpired positions', async () => {
      const talent = await newTalent();
      expect((await apply(talent, 999_999).expect(404)).body.code).toBe('POSITION_NOT_FOUND');
      const pending = await t.http
        .post('/api/v1/org/positions')
        .set(auth(tokens.enterprise))
        .send(positionInput('还在审核的岗位'))
        .expect(201);
      expect((await apply(talent, pending.body.id).expect(404)).body.code).toBe('POSITION_NOT_FOUND');
      const closing = await openPosition('即将关闭的岗位');
      await t.http
        .post(`/api/v1/org/positions/${closing}/close`)
        .set(auth(tokens.enterprise))
        .send({ reason: 'filled' })
        .expect(200);
      expect((await apply(talent, closing).expect(409)).body.code).toBe('POSITION_NOT_OPEN');
      const expiring = await openPosition('明天到期的岗位', localDate(new Date(clock.now().getTime() + DAY)));
      clock.advance(2 * DAY);
      try {
        // Sessions are short-lived: sign in again at the later time.
        const later = await personaTokens(t, ['talent']);
        expect((await apply(later.talent as string, expiring).expect(409)).body.code).toBe('POSITION_NOT_OPEN');
      } finally {
        clock.advance(-2 * DAY);
        tokens = await personaTokens(t, ['talent', 'enterprise', 'provider', 'staff']);
      }
    });
  });

  describe('another organisation', () => {
    it('cannot list, open or move the applicants of a position that is not theirs', async () => {
      const positionId = await openPosition('嵌入式软件工程师');
      const talent = await newTalent();
      const { body } = await apply(talent, positionId).expect(201);
      const list = await t.http
        .get(`/api/v1/org/positions/${positionId}/applications`)
        .set(auth(tokens.provider))
        .expect(404);
      expect(list.body.code).toBe('POSITION_NOT_FOUND');
      expect(
        (await t.http.get(`/api/v1/org/applications/${body.id}`).set(auth(tokens.provider)).expect(404)).body.code,
      ).toBe('APPLICATION_NOT_FOUND');
      const move = await t.http
        .post(`/api/v1/org/applications/${body.id}/status`)
        .set(auth(tokens.provider))
        .send({ status: 'interview' })
        .expect(404);
      expect(move.body.code).toBe('APPLICATION_NOT_FOUND');
      // Untouched: still submitted, and not marked viewed by the other organisation's attempt.
      const mine = await t.http.get(`/api/v1/me/applications/${body.id}`).set(auth(talent)).expect(200);
      expect(statuses(mine.body)).toEqual(['submitted']);
      // A position of theirs with no applicants is an empty list, not a 404.
      const empty = await t.http
        .get(`/api/v1/org/positions/${await openPosition('还没有人申请的岗位')}/applications`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(empty.body).toEqual({ items: [], page: 1, pageSize: 10, total: 0 });
    });
  });

  describe('bounded statements', () => {
    it('lists applications in at most 3 statements of their own whatever the page size', async () => {
      const positionId = await openPosition('数据平台架构师');
      const applicants: string[] = [];
      for (let i = 0; i < 12; i += 1) applicants.push(await newTalent());
      for (const [i, token] of applicants.entries()) {
        const { body } = await apply(token, positionId, { message: `第${i + 1}位申请人的留言` }).expect(201);
        if (i % 2 === 0)
          await t.http
            .post(`/api/v1/org/applications/${body.id}/status`)
            .set(auth(tokens.enterprise))
            .send({ status: 'interview' })
            .expect(200);
      }
      const figures: Record<string, Array<{ pageSize: number; handler: number; total: number }>> = {};
      const routes: Array<[string, string, string]> = [
        ['org', `/api/v1/org/positions/${positionId}/applications`, tokens.enterprise],
        ['mine', '/api/v1/me/applications', applicants[0] as string],
      ];
      for (const [name, url, token] of routes) {
        for (const pageSize of [1, 10, 50]) {
          let items = 0;
          const count = await countStatements(t, async () => {
            const res = await t.http.get(url).query({ pageSize }).set(auth(token)).expect(200);
            items = res.body.items.length;
          });
          expect(items).toBe(name === 'org' ? Math.min(pageSize, 12) : 1);
          expect(count.handler).toBeLessThanOrEqual(3);
          (figures[name] ??= []).push({ pageSize, handler: count.handler, total: count.total });
        }
        // Never more statements for a bigger page.
        expect(figures[name]![2]!.total).toBeLessThanOrEqual(figures[name]![0]!.total);
      }
      process.stdout.write(`[applications ${dialect}] statements per list request: ${JSON.stringify(figures)}\n`);
    });
  });

  describe('account deletion and "my data"', () => {
    it("exports the talent's applications with their history, and erases them with the account", async () => {
      const positionId = await openPosition('新能源电池研发经理');
      const talent = await newTalent({ cv: true });
      const { body } = await apply(talent, positionId, { message: '导出与注销测试' }).expect(201);
      await t.http
        .post(`/api/v1/org/applications/${body.id}/status`)
        .set(auth(tokens.enterprise))
        .send({ status: 'interview', message: '面试邀请' })
        .expect(200);
      const exported = myDataExportSchema.parse(
        (await t.http.get('/api/v1/me/export').set(auth(talent)).expect(200)).body,
      );
      expect(exported.applications).toEqual([
        expect.objectContaining({
          position: '新能源电池研发经理',
          organization: '厦门海归智造科技有限公司',
          status: 'interview',
          message: '导出与注销测试',
          history: [
            expect.objectContaining({ status: 'submitted' }),
            expect.objectContaining({ status: 'interview', message: '面试邀请' }),
          ],
        }),
      ]);
      await t.app.get(NotificationService).settled();
      await t.http.delete('/api/v1/me').set(auth(talent)).expect(204);
      const list = await t.http
        .get(`/api/v1/org/positions/${positionId}/applications`)
        .set(auth(tokens.enterprise))
        .expect(200);
      expect(list.body.total).toBe(0);
      expect(
        (await t.http.get(`/api/v1/org/applications/${body.id}`).set(auth(tokens.enterprise)).expect(404)).body.code,
      ).toBe('APPLICATION_NOT_FOUND');
    });
  });
});
