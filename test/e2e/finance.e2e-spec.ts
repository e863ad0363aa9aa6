import {
  type ContactRequest,
  contactRequestPageSchema,
  contactRequestSchema,
  type FinanceInput,
  financeDetailSchema,
  financePageSchema,
} from '@ihaigui/shared';
import { AuditRepository } from '../../server/src/audit/audit.repository';
import { DEMO_FINANCE_SERVICES } from '../../server/src/seed/demo-finance';
import { personaTokens } from './support/personas';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

describe.each(DIALECTS)('finance services and contact requests on %s', (dialect) => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let providerOrgId: number;
  const clock = new ManualClock(new Date('2026-06-01T01:00:00.000Z'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** A finance service as the staff form sends it; tests change what they need. */
  function financeInput(overrides: Partial<FinanceInput> = {}) {
    return {
      name: '鹭江测试科技贷',
      kind: 'loan',
      providerOrganizationId: providerOrgId,
      amountMin: 100_000,
      amountMax: 1_000_000,
      terms: '期限1年，年利率参考LPR，信用方式。',
      audience: '在厦注册的留学人员企业。',
      summary: '为留学人员企业提供的测试用信用贷款产品。',
      ...overrides,
    };
  }

  async function hostInbox(token: string): Promise<ContactRequest[]> {
    const res = await t.http.get('/api/v1/host/contact-requests?pageSize=50').set(auth(token)).expect(200);
    return contactRequestPageSchema.parse(res.body).items;
  }

  async function myRequests(token: string): Promise<ContactRequest[]> {
    const res = await t.http.get('/api/v1/me/contact-requests?pageSize=50').set(auth(token)).expect(200);
    return contactRequestPageSchema.parse(res.body).items;
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: {
        SEED_DEMO: 'true',
        ACCESS_TOKEN_TTL_SECONDS: String(24 * 3600),
        RATE_LIMIT_AUTH_PER_MINUTE: '10000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '10000',
      },
    });
    tokens = await personaTokens(t, ['talent', 'enterprise', 'enterprise_unverified', 'staff', 'provider']);
    providerOrgId = (await t.http.get('/api/v1/organizations/mine').set(auth(tokens.provider)).expect(200)).body.id;
  });
  afterAll(() => t.close());

  it("has the demo services, some of them from the provider persona's firm, and finds them in search", async () => {
    const page = financePageSchema.parse((await t.http.get('/api/v1/finance?pageSize=50').expect(200)).body);
    expect(page.total).toBe(DEMO_FINANCE_SERVICES.length);
    expect(new Set(page.items.map((s) => s.kind))).toEqual(new Set(['fund', 'loan', 'guarantee', 'insurance']));
    expect(page.items.filter((s) => s.provider.id === providerOrgId).length).toBeGreaterThanOrEqual(2);
    expect(page.items.every((s) => s.provider.name.length > 0)).toBe(true);
    const found = await t.http.get(`/api/v1/search?q=${encodeURIComponent('人才贷')}&type=finance`).expect(200);
    expect(found.body.items.length).toBeGreaterThan(0);
  });

  describe('staff editing and the public list', () => {
    let serviceId: number;

    beforeAll(async () => {
      const res = await t.http.post('/api/v1/staff/finance').set(auth(tokens.staff)).send(financeInput()).expect(201);
      serviceId = financeDetailSchema.parse(res.body).id;
    });

    it('shows a new service in the list (filtered by kind) and in detail with its provider', async () => {
      const loans = financePageSchema.parse(
        (await t.http.get('/api/v1/finance?kind=loan&pageSize=50').expect(200)).body,
      );
      expect(loans.items.map((s) => s.id)).toContain(serviceId);
      expect(loans.items.every((s) => s.kind === 'loan')).toBe(true);
      const funds = await t.http.get('/api/v1/finance?kind=fund&pageSize=50').expect(200);
      expect(funds.body.items.map((s: { id: number }) => s.id)).not.toContain(serviceId);
      const detail = financeDetailSchema.parse((await t.http.get(`/api/v1/finance/${serviceId}`).expect(200)).body);
      expect(detail).toMatchObject({
        name: '鹭江测试科技贷',
        provider: { id: providerOrgId, name: '鹭岛科创金融服务有限公司' },
        terms: '期限1年，年利率参考LPR，信用方式。',
        audience: '在厦注册的留学人员企业。',
      });
      const missing = await t.http.get('/api/v1/finance/999999').expect(404);
      expect(missing.body.code).toBe('FINANCE_NOT_FOUND');
    });

    it('edits only the fields sent, checks the amount order, and keeps the service findable', async () => {
      const res = await t.http
        .patch(`/api/v1/staff/finance/${serviceId}`)
        .set(auth(tokens.staff))
        .send({ name: '鹭江星火科技贷' })
        .expect(200);
      expect(res.body).toMatchObject({
        name: '鹭江星火科技贷',
        amountMin: 100_000,
        amountMax: 1_000_000,
        kind: 'loan',
      });
      const reversed = await t.http
        .patch(`/api/v1/staff/finance/${serviceId}`)
        .set(auth(tokens.staff))
        .send({ amountMin: 2_000_000 });
      expect([reversed.status, reversed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const found = await t.http.get(`/api/v1/search?q=${encodeURIComponent('星火科技贷')}&type=finance`).expect(200);
      expect(found.body.items.map((h: { id: number }) => h.id)).toEqual([serviceId]);
      const audit = await t.app.get(AuditRepository).findForEntity('finance', serviceId);
      expect(audit.map((a) => a.action)).toEqual(['finance.create', 'finance.update']);
    });

    it('refuses a provider that does not exist or is not verified', async () => {
      const unknown = await t.http
        .post('/api/v1/staff/finance')
        .set(auth(tokens.staff))
        .send(financeInput({ providerOrganizationId: 999999 }));
      expect([unknown.status, unknown.body.code]).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
      const pendingOrgId = (
        await t.http.get('/api/v1/organizations/mine').set(auth(tokens.enterprise_unverified)).expect(200)
      ).body.id;
      const pending = await t.http
        .post('/api/v1/staff/finance')
        .set(auth(tokens.staff))
        .send(financeInput({ providerOrganizationId: pendingOrgId }));
      expect([pending.status, pending.body.code]).toEqual([403, 'ORGANIZATION_NOT_VERIFIED']);
    });
  });

  describe('contact requests', () => {
    let serviceId: number;
    let request: ContactRequest;

    beforeAll(async () => {
      const res = await t.http
        .post('/api/v1/staff/finance')
        .set(auth(tokens.staff))
        .send(financeInput({ name: '留创测试天使基金', kind: 'fund', amountMin: 500_000, amountMax: 2_000_000 }))
        .expect(201);
      serviceId = res.body.id;
    });

    it('the talent sends a request and sees it as sent, with their own number', async () => {
      const res = await t.http
        .post(`/api/v1/finance/${serviceId}/contact-requests`)
        .set(auth(tokens.talent))
        .send({
          message: '我们的智能制造项目正在寻求天使轮融资，希望约时间沟通。',
          contactPhone: '13812345678',
          amountWanted: 1_000_000,
        })
        .expect(201);
      request = contactRequestSchema.parse(res.body);
      expect(request).toMatchObject({
        status: 'sent',
        reply: null,
        answeredAt: null,
        amountWanted: 1_000_000,
        createdAt: clock.now().toISOString(),
        service: { id: serviceId, name: '留创测试天使基金', providerName: '鹭岛科创金融服务有限公司' },
        requester: { displayName: '林海川', contactPhone: '13812345678' },
      });
      expect((await myRequests(tokens.talent)).map((r) => r.id)).toContain(request.id);
      const exported = (await t.http.get('/api/v1/me/export').set(auth(tokens.talent)).expect(200)).body;
      expect(exported.financeRequests).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            service: '留创测试天使基金',
            contactPhone: '13812345678',
            amountWanted: 1_000_000,
            status: 'sent',
          }),
        ]),
      );
    });

    it('validates the request and needs an existing service', async () => {
      const short = await t.http
        .post(`/api/v1/finance/${serviceId}/contact-requests`)
        .set(auth(tokens.talent))
        .send({ message: '你好', contactPhone: '13812345678' });
      expect(short.status).toBe(400);
      const missing = await t.http
        .post('/api/v1/finance/999999/contact-requests')
        .set(auth(tokens.talent))
        .send({ message: '想咨询一下贷款条件。', contactPhone: '13812345678' });
      expect([missing.status, missing.body.code]).toEqual([404, 'FINANCE_NOT_FOUND']);
      const staff = await t.http
        .post(`/api/v1/finance/${serviceId}/contact-requests`)
        .set(auth(tokens.staff))
        .send({ message: '想咨询一下贷款条件。', contactPhone: '13812345678' });
      expect(staff.status).toBe(403);
    });

    it('reaches the provider (number in full) and staff, but no other organisation', async () => {
      expect((await hostInbox(tokens.provider)).find((r) => r.id === request.id)).toMatchObject({
        status: 'sent',
        requester: { contactPhone: '13812345678' },
      });
      expect((await hostInbox(tokens.staff)).map((r) => r.id)).toContain(request.id);
      expect((await hostInbox(tokens.enterprise)).map((r) => r.id)).not.toContain(request.id);
      expect(await hostInbox(tokens.enterprise_unverified)).toEqual([]);
      const other = await t.http
        .post(`/api/v1/host/contact-requests/${request.id}/answer`)
        .set(auth(tokens.enterprise))
        .send({ reply: '我们来联系您' });
      expect([other.status, other.body.code]).toEqual([404, 'CONTACT_REQUEST_NOT_FOUND']);
      await t.http
        .post(`/api/v1/host/contact-requests/${request.id}/answer`)
        .set(auth(tokens.talent))
        .send({ reply: '我们来联系您' })
        .expect(403);
      await t.http.get('/api/v1/host/contact-requests').set(auth(tokens.talent)).expect(403);
    });

    it('the provider answers; the requester sees the reply', async () => {
      clock.advance(3600 * 1000);
      const res = await t.http
        .post(`/api/v1/host/contact-requests/${request.id}/answer`)
        .set(auth(tokens.provider))
        .send({ reply: '您好，投资经理将于明天上午电话联系您，请准备商业计划书。' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'answered', answeredAt: clock.now().toISOString() });
      const mine = (await myRequests(tokens.talent)).find((r) => r.id === request.id);
      expect(mine).toMatchObject({
        status: 'answered',
        reply: '您好，投资经理将于明天上午电话联系您，请准备商业计划书。',
      });
      const answered = await t.http
        .get('/api/v1/me/contact-requests?status=answered')
        .set(auth(tokens.talent))
        .expect(200);
      expect(answered.body.items.map((r: { id: number }) => r.id)).toEqual([request.id]);
    });

    it('closing with an answer masks the number for the provider; a closed request takes no answer', async () => {
      const res = await t.http
        .post(`/api/v1/host/contact-requests/${request.id}/answer`)
        .set(auth(tokens.provider))
        .send({ reply: '已完成沟通，后续通过邮件跟进。', close: true })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'closed',
        reply: '已完成沟通，后续通过邮件跟进。',
        requester: { contactPhone: '138****5678' },
      });
      expect((await hostInbox(tokens.provider)).find((r) => r.id === request.id)?.requester.contactPhone).toBe(
        '138****5678',
      );
      expect((await myRequests(tokens.talent)).find((r) => r.id === request.id)).toMatchObject({
        status: 'closed',
        reply: '已完成沟通，后续通过邮件跟进。',
        requester: { contactPhone: '13812345678' },
      });
      const again = await t.http
        .post(`/api/v1/host/contact-requests/${request.id}/answer`)
        .set(auth(tokens.staff))
        .send({ reply: '补充一句' });
      expect([again.status, again.body.code]).toEqual([409, 'CONTACT_REQUEST_CLOSED']);
      const audit = await t.app.get(AuditRepository).findForEntity('contact_request', request.id);
      expect(audit.map((a) => a.action)).toEqual([
        'contact_request.create',
        'contact_request.answer',
        'contact_request.close',
      ]);
    });

    it("goes with the requester's account when it is deleted", async () => {
      const signup = await t.http
        .post('/api/v1/auth/register')
        .send({
          username: 'leaving.founder',
          password: 'leaving-pass-1',
          role: 'enterprise',
          displayName: '即将注销的创始人',
        })
        .expect(201);
      const token = signup.body.accessToken as string;
      await t.http
        .post('/api/v1/me/consent')
        .set(auth(token))
        .send({ policyVersion: (await t.http.get('/api/v1/privacy-policy')).body.version })
        .expect(200);
      const sent = await t.http
        .post(`/api/v1/finance/${serviceId}/contact-requests`)
        .set(auth(token))
        .send({ message: '想了解担保条件和办理时间。', contactPhone: '13655556666' })
        .expect(201);
      expect((await hostInbox(tokens.provider)).map((r) => r.id)).toContain(sent.body.id);
      await t.http.delete('/api/v1/me').set(auth(token)).expect(204);
      expect((await hostInbox(tokens.provider)).map((r) => r.id)).not.toContain(sent.body.id);
    });
  });
});
