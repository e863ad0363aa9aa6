import { DataSource } from 'typeorm';
import {
  type ConsultationDetail,
  consultationDetailSchema,
  consultationPageSchema,
  deskStatsSchema,
  faqSchema,
  faqSuggestionsSchema,
  myDataExportSchema,
  staffQueueCountsSchema,
} from '@ihaigui/shared';
import { PRIVACY_POLICY_VERSION } from '../../server/src/account/privacy-policy';
import { ConsultationEntity, DeskAttachmentEntity } from '../../server/src/desk/desk.entity';
import { DeskReminderService } from '../../server/src/desk/desk-reminder.service';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const PERSONAS = ['talent', 'enterprise', 'enterprise_unverified', 'provider', 'staff', 'admin', 'reviewer'] as const;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** The smallest PNG: signature and header are all the content check looks at. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);

describe.each(DIALECTS)('service desk on %s', (dialect) => {
  let t: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;
  // Monday 28 September 2026, 10:00 in Shanghai: a working week with the National Day holiday after Wednesday.
  const clock = new ManualClock(new Date('2026-09-28T02:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const asker = { username: 'deskasker', password: 'desk-asker-pass-1', token: '', id: 0 };
  const other = { username: 'deskother', password: 'desk-other-pass-1', token: '', id: 0 };
  let staffId: number;
  let adminId: number;
  let policyId: number;

  async function me(token: string): Promise<{ id: number }> {
    return (await t.http.get('/api/v1/me').set(auth(token)).expect(200)).body;
  }

  async function register(who: typeof asker): Promise<void> {
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ username: who.username, password: who.password, role: 'talent', displayName: `${who.username}人` })
      .expect(201);
    who.token = res.body.accessToken;
    await t.http
      .post('/api/v1/me/consent')
      .set(auth(who.token))
      .send({ policyVersion: PRIVACY_POLICY_VERSION })
      .expect(200);
    who.id = (await me(who.token)).id;
  }

  /** Moves the clock; access tokens live 15 minutes, so everyone signs in again. */
  async function advance(ms: number): Promise<void> {
    clock.advance(ms);
    tokens = await personaTokens(t, PERSONAS);
    for (const who of [asker, other]) {
      const res = await t.http.post('/api/v1/auth/login').send({ username: who.username, password: who.password });
      if (res.status === 200) who.token = res.body.accessToken;
    }
  }

  function upload(token: string, data: Buffer, name: string) {
    return t.http.post('/api/v1/desk/attachments').set(auth(token)).attach('file', data, name);
  }

  function ask(token: string, body: Record<string, unknown>, key?: string) {
    const req = t.http.post('/api/v1/me/consultations').set(auth(token));
    if (key) req.set('Idempotency-Key', key);
    return req.send({
      category: 'work_permit',
      subject: '工作许可办理',
      body: '我下个月入职厦门一家软件公司，请问工作许可需要准备哪些材料？',
      answerLocale: 'en',
      ...body,
    });
  }

  async function detail(token: string, id: number): Promise<ConsultationDetail> {
    return consultationDetailSchema.parse(
      (await t.http.get(`/api/v1/consultations/${id}`).set(auth(token)).expect(200)).body,
    );
  }

  async function notificationsOf(userId: number): Promise<string[]> {
    return (await db.getRepository(NotificationEntity).find({ where: { userId }, order: { id: 'ASC' } })).map(
      (n) => n.kind,
    );
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' },
    });
    db = t.app.get(DataSource);
    tokens = await personaTokens(t, PERSONAS);
    staffId = (await me(tokens.staff)).id;
    adminId = (await me(tokens.admin)).id;
    await register(asker);
    await register(other);
    policyId = (await t.http.get('/api/v1/policies').expect(200)).body.items[0].id;
  });
  afterAll(() => t?.close());

  let consultationId: number;
  let attachmentId: number;
  let enterpriseQuestion: number;

  it('suggests FAQ entries while a question is typed', async () => {
    const res = faqSuggestionsSchema.parse(
      (await t.http.get('/api/v1/faqs/suggest').query({ q: '外籍人才来厦工作需要办理工作许可吗' }).expect(200)).body,
    );
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items.length).toBeLessThanOrEqual(5);
    expect(res.items[0].category).toBe('work_permit');
    const en = (await t.http.get('/api/v1/faqs/suggest').query({ q: 'work permit steps' }).expect(200)).body;
    expect(en.items[0].questionEn).toMatch(/work permit/i);
    expect((await t.http.get('/api/v1/faqs/suggest').query({ q: 'zzzz qqqq' }).expect(200)).body.items).toEqual([]);
  });

  it('takes attachments judged by content', async () => {
    const bad = await upload(asker.token, Buffer.from('just text, named like an image'), 'photo.png').expect(400);
    expect(bad.body.code).toBe('DESK_ATTACHMENT_TYPE');
    const ok = await upload(asker.token, PNG, '护照首页.png').expect(201);
    expect(ok.body).toMatchObject({ fileName: '护照首页.png', mime: 'image/png', size: PNG.length });
    attachmentId = ok.body.id;
  });

  it('asks with an attachment about a policy; due instants skip the National Day holiday', async () => {
    const res = await ask(
      asker.token,
      { about: { type: 'policy', id: policyId }, attachmentIds: [attachmentId] },
      'k1',
    );
    expect(res.status).toBe(201);
    const c = consultationDetailSchema.parse(res.body);
    consultationId = c.id;
    expect(c.status).toBe('open');
    expect(c.about).toMatchObject({ type: 'policy', id: policyId });
    expect(c.attachments.map((a) => a.id)).toEqual([attachmentId]);
    // 1 working day: Tuesday 10:00; 5 working days: Tue, Wed, (1–7 Oct off), Thu 8, Fri 9, Sat 10 Oct (adjusted).
    expect(c.firstResponseDueAt).toBe('2026-09-29T02:00:00.000Z');
    expect(c.resolutionDueAt).toBe('2026-10-10T02:00:00.000Z');
    // The same key answers the same question again.
    const again = await ask(
      asker.token,
      { about: { type: 'policy', id: policyId }, attachmentIds: [attachmentId] },
      'k1',
    );
    expect(again.body.id).toBe(c.id);
  });

  it('refuses an unknown page, someone else’s or a used upload, and callers who may not ask', async () => {
    expect((await ask(asker.token, { about: { type: 'park', id: 999999 } }).expect(404)).body.code).toBe(
      'CONSULTATION_SUBJECT_NOT_FOUND',
    );
    expect((await ask(asker.token, { attachmentIds: [attachmentId] }).expect(422)).body.code).toBe(
      'DESK_ATTACHMENT_INVALID',
    );
    const theirs = (await upload(other.token, PNG, 'x.png').expect(201)).body.id;
    expect((await ask(asker.token, { attachmentIds: [theirs] }).expect(422)).body.code).toBe('DESK_ATTACHMENT_INVALID');
    await ask(tokens.staff, {}).expect(403);
    await ask(tokens.reviewer, {}).expect(403);
    // An organisation member asks as well.
    enterpriseQuestion = (await ask(tokens.enterprise, { category: 'startup_finance', attachmentIds: [] }).expect(201))
      .body.id;
  });

  it('keeps a consultation and its files between its asker and staff', async () => {
    for (const token of [other.token, tokens.enterprise, tokens.provider, tokens.reviewer]) {
      expect((await t.http.get(`/api/v1/consultations/${consultationId}`).set(auth(token))).status).toBe(404);
      expect((await t.http.get(`/api/v1/desk/attachments/${attachmentId}`).set(auth(token))).status).toBe(404);
      for (const path of ['messages', 'rating', 'reopen']) {
        const res = await t.http
          .post(`/api/v1/me/consultations/${consultationId}/${path}`)
          .set(auth(token))
          .send(
            path === 'messages'
              ? { body: '我也想问' }
              : path === 'rating'
                ? { resolved: true, score: 5 }
                : { reason: '再问问' },
          );
        expect(res.status).toBe(404);
      }
    }
    await t.http.get(`/api/v1/consultations/${consultationId}`).expect(401);
    await t.http.get(`/api/v1/desk/attachments/${attachmentId}`).expect(401);
    const own = await t.http.get(`/api/v1/desk/attachments/${attachmentId}`).set(auth(asker.token)).expect(200);
    expect(Buffer.from(own.body as Buffer).equals(PNG)).toBe(true);
    await t.http.get(`/api/v1/desk/attachments/${attachmentId}`).set(auth(tokens.staff)).expect(200);
    // Staff routes: 403 for everyone else; a missing consultation is 404 for staff.
    for (const token of [asker.token, tokens.enterprise]) {
      await t.http.get('/api/v1/staff/consultations').set(auth(token)).expect(403);
      await t.http
        .post(`/api/v1/staff/consultations/${consultationId}/messages`)
        .set(auth(token))
        .send({ body: 'x' })
        .expect(403);
    }
    await t.http
      .post('/api/v1/staff/consultations/999999/messages')
      .set(auth(tokens.staff))
      .send({ body: 'x' })
      .expect(404);
    const mine = consultationPageSchema.parse(
      (await t.http.get('/api/v1/me/consultations').set(auth(other.token)).expect(200)).body,
    );
    expect(mine.items).toEqual([]);
  });

  it('staff claim, leave an internal note the asker never sees, and ask for information (clock pauses)', async () => {
    const queue = consultationPageSchema.parse(
      (
        await t.http
          .get('/api/v1/staff/consultations')
          .query({ view: 'unassigned', category: 'work_permit' })
          .set(auth(tokens.staff))
          .expect(200)
      ).body,
    );
    expect(queue.items.map((c) => c.id)).toContain(consultationId);
    expect(queue.items.find((c) => c.id === consultationId)?.askerName).toBe('deskasker人');

    // Only staff can hold a consultation.
    const bad = await t.http
      .post(`/api/v1/staff/consultations/${consultationId}/assignee`)
      .set(auth(tokens.staff))
      .send({ assigneeId: asker.id })
      .expect(422);
    expect(bad.body.code).toBe('CONSULTATION_ASSIGNEE_INVALID');
    const claimed = await t.http
      .post(`/api/v1/staff/consultations/${consultationId}/assignee`)
      .set(auth(tokens.staff))
      .send({ assigneeId: staffId })
      .expect(200);
    expect(claimed.body.assignee.id).toBe(staffId);
    const assignees = await t.http.get('/api/v1/staff/desk/assignees').set(auth(tokens.staff)).expect(200);
    expect(assignees.body.items.map((a: { id: number }) => a.id)).toEqual(expect.arrayContaining([staffId, adminId]));
    expect(assignees.body.items.map((a: { id: number }) => a.id)).not.toContain(asker.id);
    const counts = staffQueueCountsSchema.parse(
      (await t.http.get('/api/v1/staff/consultations/counts').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(counts.mine).toBe(1);

    await advance(5 * 60 * 1000);
    await t.http
      .post(`/api/v1/staff/consultations/${consultationId}/messages`)
      .set(auth(tokens.staff))
      .send({ body: '内部备注：需核实用人单位资质', internal: true })
      .expect(201);
    expect((await detail(asker.token, consultationId)).messages).toEqual([]);
    expect(await notificationsOf(asker.id)).toEqual([]);

    const waiting = consultationDetailSchema.parse(
      (
        await t.http
          .post(`/api/v1/staff/consultations/${consultationId}/messages`)
          .set(auth(tokens.staff))
          .send({ body: 'Please tell us your highest degree and upload your contract.', waitForAsker: true })
          .expect(201)
      ).body,
    );
    expect(waiting.status).toBe('waiting');
    expect(waiting.firstRespondedAt).toBe('2026-09-28T02:05:00.000Z');
    expect(waiting.resolutionDueAt).toBeNull();
    expect(waiting.messages.map((m) => m.internal)).toEqual([true, false]);

    const seen = await detail(asker.token, consultationId);
    expect(seen.unread).toBe(0);
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]).toMatchObject({ author: 'staff', internal: false });
    expect(await notificationsOf(asker.id)).toEqual(['consultation_status']);
  });

  it('the asker adds information a working day later: the resolution target moves by the paused working time', async () => {
    await advance(DAY);
    const contract = (await upload(asker.token, Buffer.from('%PDF-1.4\n%demo contract\n'), '合同.pdf').expect(201))
      .body;
    const c = consultationDetailSchema.parse(
      (
        await t.http
          .post(`/api/v1/me/consultations/${consultationId}/messages`)
          .set(auth(asker.token))
          .send({ body: "Master's degree; contract attached.", attachmentIds: [contract.id] })
          .expect(201)
      ).body,
    );
    expect(c.status).toBe('open');
    // Due Sat 10 Oct 10:00 + 1 working day paused → Sunday 11 Oct off → Monday 12 Oct 10:00.
    expect(c.resolutionDueAt).toBe('2026-10-12T02:00:00.000Z');
    expect(c.messages.at(-1)?.attachments.map((a) => a.fileName)).toEqual(['合同.pdf']);
    expect(await notificationsOf(staffId)).toContain('consultation_staff');
    const staffView = await t.http
      .get('/api/v1/staff/consultations')
      .query({ view: 'mine' })
      .set(auth(tokens.staff))
      .expect(200);
    expect(staffView.body.items.find((i: { id: number }) => i.id === consultationId).unread).toBe(1);
  });

  it('resolves with a final answer; the asker rates once', async () => {
    await advance(HOUR);
    // No rating before it is answered.
    await t.http
      .post(`/api/v1/me/consultations/${consultationId}/rating`)
      .set(auth(asker.token))
      .send({ resolved: true, score: 5 })
      .expect(409);
    const resolved = consultationDetailSchema.parse(
      (
        await t.http
          .post(`/api/v1/staff/consultations/${consultationId}/resolve`)
          .set(auth(tokens.staff))
          .send({
            body: 'Your employer applies online; then you apply for a Z visa and a residence permit within 30 days.',
          })
          .expect(200)
      ).body,
    );
    expect(resolved.status).toBe('resolved');
    expect(resolved.can.publish).toBe(true);
    const mine = await detail(asker.token, consultationId);
    expect(mine.can).toMatchObject({ rate: true, reopen: true, reply: false, claim: false });
    await t.http
      .post(`/api/v1/me/consultations/${consultationId}/messages`)
      .set(auth(asker.token))
      .send({ body: '还有一个问题' })
      .expect(409);
    const rated = await t.http
      .post(`/api/v1/me/consultations/${consultationId}/rating`)
      .set(auth(asker.token))
      .send({ resolved: true, score: 4, comment: '很清楚' })
      .expect(201);
    expect(rated.body.rating).toMatchObject({ resolved: true, score: 4, comment: '很清楚' });
    const twice = await t.http
      .post(`/api/v1/me/consultations/${consultationId}/rating`)
      .set(auth(asker.token))
      .send({ resolved: false, score: 1 })
      .expect(409);
    expect(twice.body.code).toBe('CONSULTATION_ALREADY_RATED');
    expect(await notificationsOf(asker.id)).toEqual(['consultation_status', 'consultation_status']);
  });

  it('reopens within 7 days with a reason, and not after', async () => {
    await advance(2 * DAY);
    const reopened = consultationDetailSchema.parse(
      (
        await t.http
          .post(`/api/v1/me/consultations/${consultationId}/reopen`)
          .set(auth(asker.token))
          .send({ reason: 'The exit-entry office asked for one more document.' })
          .expect(200)
      ).body,
    );
    expect(reopened.status).toBe('open');
    expect(reopened.resolutionDueAt).not.toBeNull();
    await t.http
      .post(`/api/v1/staff/consultations/${consultationId}/resolve`)
      .set(auth(tokens.staff))
      .send({ body: 'Bring your degree certificate with an apostille.' })
      .expect(200);
    await advance(7 * DAY + HOUR);
    const late = await t.http
      .post(`/api/v1/me/consultations/${consultationId}/reopen`)
      .set(auth(asker.token))
      .send({ reason: 'Again' })
      .expect(409);
    expect(late.body.code).toBe('CONSULTATION_REOPEN_EXPIRED');
  });

  let faqId: number;

  it('publishes an FAQ entry from the answer; the public list, suggestions and global search find it', async () => {
    const created = await t.http
      .post('/api/v1/staff/faqs')
      .set(auth(tokens.staff))
      .set('Idempotency-Key', 'faq-1')
      .send({
        category: 'work_permit',
        question: '学历认证材料需要海牙认证吗？',
        questionEn: 'Does my degree certificate need an apostille for the residence permit?',
        answer: '办理工作类居留许可时，境外学历证明一般需经海牙认证或使领馆认证。',
        answerEn:
          'For a work-type residence permit a foreign degree certificate usually needs an apostille or consular legalisation.',
        consultationId,
      })
      .expect(201);
    const faq = faqSchema.parse(created.body);
    faqId = faq.id;
    expect((await detail(tokens.staff, consultationId)).faqId).toBe(faqId);
    await t.http.post('/api/v1/staff/faqs').set(auth(asker.token)).send({}).expect(403);

    const list = await t.http.get('/api/v1/faqs').query({ category: 'work_permit', q: '海牙认证' }).expect(200);
    expect(list.body.items.map((f: { id: number }) => f.id)).toEqual([faqId]);
    expect((await t.http.get(`/api/v1/faqs/${faqId}`).expect(200)).body.question).toBe('学历认证材料需要海牙认证吗？');
    const search = await t.http.get('/api/v1/search').query({ q: 'apostille' }).expect(200);
    expect(search.body.items.map((h: { type: string; id: number }) => `${h.type}:${h.id}`)).toContain(`faq:${faqId}`);
    expect(search.body.counts.faq).toBeGreaterThanOrEqual(1);

    // Edited: the index follows.
    const edited = await t.http
      .put(`/api/v1/staff/faqs/${faqId}`)
      .set(auth(tokens.staff))
      .send({
        category: 'work_permit',
        question: '境外学历证明需要海牙认证吗？',
        questionEn: 'Does a foreign degree certificate need an apostille?',
        answer: '一般需经海牙认证或使领馆认证，具体以出入境管理部门要求为准。',
        answerEn: 'Usually an apostille or consular legalisation; the exit-entry office decides.',
        consultationId,
      })
      .expect(200);
    expect(edited.body.question).toBe('境外学历证明需要海牙认证吗？');
    const renamed = await t.http.get('/api/v1/search').query({ q: '境外学历' }).expect(200);
    expect(renamed.body.items.map((h: { type: string; id: number }) => `${h.type}:${h.id}`)).toContain(`faq:${faqId}`);

    // Withdrawn: gone from the list, the page and the search.
    await t.http.delete(`/api/v1/staff/faqs/${faqId}`).set(auth(tokens.staff)).expect(204);
    await t.http.get(`/api/v1/faqs/${faqId}`).expect(404);
    const after = await t.http.get('/api/v1/search').query({ q: 'apostille' }).expect(200);
    expect(after.body.items.map((h: { type: string }) => h.type)).not.toContain('faq');
  });

  it('staff set targets and a supervisor, and edit the calendar', async () => {
    const settings = await t.http.get('/api/v1/staff/desk/settings').set(auth(tokens.staff)).expect(200);
    expect(settings.body.timeZone).toBe('Asia/Shanghai');
    expect(settings.body.categories.find((c: { category: string }) => c.category === 'visa')).toMatchObject({
      firstResponseDays: 1,
      resolutionDays: 5,
      supervisor: null,
    });
    await t.http
      .put('/api/v1/staff/desk/settings/visa')
      .set(auth(tokens.staff))
      .send({ firstResponseDays: 1, resolutionDays: 3, supervisorId: asker.id })
      .expect(422);
    const saved = await t.http
      .put('/api/v1/staff/desk/settings/visa')
      .set(auth(tokens.staff))
      .send({ firstResponseDays: 1, resolutionDays: 3, supervisorId: adminId })
      .expect(200);
    expect(saved.body.supervisor.id).toBe(adminId);

    const year = await t.http
      .get('/api/v1/staff/desk/calendar')
      .query({ year: 2026 })
      .set(auth(tokens.staff))
      .expect(200);
    expect(year.body.items).toContainEqual({ date: '2026-10-01', working: false, note: '国庆节' });
    expect(year.body.items).toContainEqual({ date: '2026-10-10', working: true, note: '国庆节调休上班' });
    await t.http
      .put('/api/v1/staff/desk/calendar/2026-12-31')
      .set(auth(tokens.staff))
      .send({ working: false, note: '年终盘点' })
      .expect(200);
    await t.http
      .put('/api/v1/staff/desk/calendar/2026-02-30')
      .set(auth(tokens.staff))
      .send({ working: false })
      .expect(400);
    await t.http.delete('/api/v1/staff/desk/calendar/2026-12-31').set(auth(tokens.staff)).expect(204);
    await t.http.delete('/api/v1/staff/desk/calendar/2026-12-31').set(auth(tokens.staff)).expect(404);
  });

  it('reminds the supervisor once before a target is missed, then marks it overdue', async () => {
    // Asked Thursday 8 Oct 2026, 12:05: first response due Friday 12:05, reminder 4.8 working hours before.
    const c = consultationDetailSchema.parse(
      (await ask(asker.token, { category: 'visa', subject: '签证延期', attachmentIds: [] }).expect(201)).body,
    );
    const reminders = t.app.get(DeskReminderService);
    // The organisation's question from the first day is long overdue: noticed once, then never again.
    expect(await reminders.run(clock.now())).toEqual({ reminded: 0, overdue: 1 });
    expect(await reminders.run(clock.now())).toEqual({ reminded: 0, overdue: 0 });
    await t.http
      .post(`/api/v1/staff/consultations/${enterpriseQuestion}/resolve`)
      .set(auth(tokens.staff))
      .send({ body: '请参看创业扶持政策的申报指南。' })
      .expect(200);
    expect(c.firstResponseDueAt).toBe('2026-10-09T04:05:00.000Z');
    const due = new Date(c.firstResponseDueAt as string);
    expect(await reminders.run(new Date(due.getTime() - 5 * HOUR))).toEqual({ reminded: 0, overdue: 0 });
    expect(await reminders.run(new Date(due.getTime() - 4 * HOUR))).toEqual({ reminded: 1, overdue: 0 });
    expect(await reminders.run(new Date(due.getTime() - 3 * HOUR))).toEqual({ reminded: 0, overdue: 0 });
    expect(await notificationsOf(adminId)).toEqual(['consultation_reminder']);
    await advance(due.getTime() + HOUR - clock.now().getTime());
    expect(await reminders.run(clock.now())).toEqual({ reminded: 0, overdue: 1 });
    const overdue = await t.http
      .get('/api/v1/staff/consultations')
      .query({ view: 'overdue' })
      .set(auth(tokens.staff))
      .expect(200);
    expect(overdue.body.items.map((i: { id: number; overdue: boolean }) => [i.id, i.overdue])).toContainEqual([
      c.id,
      true,
    ]);
  });

  it('counts the desk’s figures and exports them as a workbook', async () => {
    const stats = deskStatsSchema.parse(
      (
        await t.http
          .get('/api/v1/staff/desk/stats')
          .query({ from: '2026-09-28', to: '2026-10-25' })
          .set(auth(tokens.staff))
          .expect(200)
      ).body,
    );
    expect(stats.weeks[0]).toMatchObject({ weekStart: '2026-09-28' });
    expect(stats.weeks[0].counts.work_permit).toBe(1);
    expect(stats.total).toBe(3);
    expect(stats.medianFirstResponseHours).not.toBeNull();
    expect(stats.satisfaction).toEqual({ ratings: 1, meanScore: 4, resolvedShare: 1 });
    expect(stats.overdueNow).toBeGreaterThanOrEqual(1);
    const file = await t.http
      .get('/api/v1/staff/desk/stats/export')
      .query({ from: '2026-09-28', to: '2026-10-25' })
      .set(auth(tokens.staff))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    await t.http
      .get('/api/v1/staff/desk/stats')
      .query({ from: '2026-09-28', to: '2026-10-25' })
      .set(auth(asker.token))
      .expect(403);
  });

  it('exports the asker’s consultations and anonymises them with the account', async () => {
    const exported = myDataExportSchema.parse(
      (await t.http.get('/api/v1/me/export').set(auth(asker.token)).expect(200)).body,
    );
    const first = exported.consultations.find((c) => c.id === consultationId);
    expect(first).toMatchObject({
      subject: '工作许可办理',
      status: 'resolved',
      rating: { score: 4, comment: '很清楚' },
    });
    expect(first?.attachments.sort()).toEqual(['合同.pdf', '护照首页.png']);
    expect(first?.messages.map((m) => m.body)).toContain("Master's degree; contract attached.");

    await t.http.delete('/api/v1/me').set(auth(asker.token)).expect(204);
    const kept = await db.getRepository(ConsultationEntity).findOneByOrFail({ id: consultationId });
    expect(kept).toMatchObject({ askerId: null, ratingComment: null, status: 'resolved' });
    expect(kept.body).not.toContain('软件公司');
    expect(await db.getRepository(DeskAttachmentEntity).count({ where: { consultationId } })).toBe(0);
    const staffView = await detail(tokens.staff, consultationId);
    expect(staffView.messages.every((m) => m.author !== 'asker')).toBe(true);
    expect(staffView.askerName).toBeNull();
  });
});
