import { randomUUID } from 'node:crypto';
import { DataSource, MoreThan } from 'typeorm';
import {
  chatHistorySchema,
  chatMessageSchema,
  conversationPageSchema,
  conversationSchema,
  LIVE_CLOSE_UNAUTHORIZED,
  type LiveServerFrame,
  myDataExportSchema,
} from '@ihaigui/shared';
import { ApplicationEntity } from '../../server/src/application/application.entity';
import { ChatMessageEntity } from '../../server/src/conversation/conversation.entity';
import { IntentionEntity } from '../../server/src/intention/intention.entity';
import { PositionEntity } from '../../server/src/job/position.entity';
import { NotificationEntity } from '../../server/src/notification/notification.entity';
import { OrganizationMemberEntity } from '../../server/src/organization/organization-member.entity';
import { connectLive, type LiveClient } from './support/live-client';
import { personaTokens } from './support/personas';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';
import { registerWithConsent } from './support/accounts';

const PERSONAS = ['talent', 'enterprise', 'provider', 'staff'] as const;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const messagesOf = (frames: LiveServerFrame[], conversationId: number) =>
  frames.flatMap((f) => (f.type === 'message' && f.message.conversationId === conversationId ? [f.message] : []));

describe.each(DIALECTS)('conversations on %s', (dialect) => {
  let t: TestApp;
  let db: DataSource;
  let baseUrl: string;
  let tokens: Record<string, string>;
  const sockets: LiveClient[] = [];
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let talentId: number;
  let enterpriseOrg: number;
  let intentionId: number;
  let applicationId: number;
  /** The intention's and the application's conversations. */
  let ic: number;
  let ac: number;
  let outsider: { token: string; id: number };
  let registered = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
    db = t.app.get(DataSource);
    tokens = await personaTokens(t, PERSONAS);
    talentId = (await me(tokens.talent)).id;
    const enterpriseUser = (await me(tokens.enterprise)).id;
    enterpriseOrg = (await db.getRepository(OrganizationMemberEntity).findOneByOrFail({ userId: enterpriseUser }))
      .organizationId;
    intentionId = await openIntention(tokens.talent, talentId);
    applicationId = await openApplication();
    outsider = await newTalent();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await t?.close();
  });

  function live(token: string | null): LiveClient {
    const client = connectLive(baseUrl, token);
    sockets.push(client);
    return client;
  }

  async function ready(token: string): Promise<LiveClient> {
    const client = live(token);
    await client.until((f) => f.some((x) => x.type === 'ready'));
    return client;
  }

  async function me(token: string): Promise<{ id: number }> {
    return (await t.http.get('/api/v1/me').set(auth(token)).expect(200)).body;
  }

  async function newTalent(): Promise<{ token: string; id: number }> {
    registered += 1;
    const token = await registerWithConsent(t, {
      username: `chatter${registered}`,
      password: `chatter-pass-${registered}`,
      role: 'talent',
      displayName: `洽谈人${registered}`,
    });
    return { token, id: (await me(token)).id };
  }

  /** The talent's open intention with the enterprise persona's organisation (proposed now when there is none). */
  async function openIntention(token: string, userId: number): Promise<number> {
    const open = await db
      .getRepository(IntentionEntity)
      .findOneBy({ talentUserId: userId, organizationId: enterpriseOrg, status: 'proposed' });
    if (open) return open.id;
    const res = await t.http
      .post('/api/v1/me/intentions')
      .set(auth(token))
      .send({ organizationId: enterpriseOrg, note: '希望就合作进一步洽谈' });
    if (res.status === 201) return res.body.id;
    const any = await db
      .getRepository(IntentionEntity)
      .findOneByOrFail({ talentUserId: userId, organizationId: enterpriseOrg });
    return any.id;
  }

  /** An application of the talent persona to an open position of the enterprise persona's organisation. */
  async function openApplication(): Promise<number> {
    const existing = await db
      .getRepository(ApplicationEntity)
      .findOneBy({ userId: talentId, organizationId: enterpriseOrg, status: 'submitted' });
    if (existing) return existing.id;
    const positions = await db
      .getRepository(PositionEntity)
      .findBy({ organizationId: enterpriseOrg, status: 'approved', expiresAt: MoreThan(new Date()) });
    for (const p of positions) {
      const res = await t.http
        .post(`/api/v1/positions/${p.id}/applications`)
        .set(auth(tokens.talent))
        .send({ message: '希望加入贵司研发团队' });
      if (res.status === 201) return res.body.id;
    }
    throw new Error('no open position to apply to');
  }

  async function send(token: string, conversationId: number, body: string, clientId = randomUUID()) {
    const res = await t.http
      .post(`/api/v1/conversations/${conversationId}/messages`)
      .set(auth(token))
      .send({ body, clientId });
    expect(res.status).toBe(201);
    return chatMessageSchema.parse(res.body);
  }

  it('makes one conversation per subject for its parties and staff (intention) and only the parties (application)', async () => {
    const byTalent = await t.http
      .get(`/api/v1/conversations/for/intention/${intentionId}`)
      .set(auth(tokens.talent))
      .expect(200);
    const byOrg = await t.http
      .get(`/api/v1/conversations/for/intention/${intentionId}`)
      .set(auth(tokens.enterprise))
      .expect(200);
    const byStaff = await t.http
      .get(`/api/v1/conversations/for/intention/${intentionId}`)
      .set(auth(tokens.staff))
      .expect(200);
    ic = conversationSchema.parse(byTalent.body).id;
    expect(byOrg.body.id).toBe(ic);
    expect(byStaff.body.id).toBe(ic);
    expect([byTalent.body.side, byOrg.body.side, byStaff.body.side]).toEqual(['talent', 'organization', 'staff']);
    expect(byTalent.body.readOnly).toBe(false);

    const app = await t.http
      .get(`/api/v1/conversations/for/application/${applicationId}`)
      .set(auth(tokens.enterprise))
      .expect(200);
    ac = app.body.id;
    expect(app.body.side).toBe('organization');
    await t.http.get(`/api/v1/conversations/for/application/${applicationId}`).set(auth(tokens.talent)).expect(200);
    const staffApp = await t.http
      .get(`/api/v1/conversations/for/application/${applicationId}`)
      .set(auth(tokens.staff))
      .expect(404);
    expect(staffApp.body.code).toBe('CONVERSATION_NOT_FOUND');
    await t.http.get(`/api/v1/conversations/for/intention/999999`).set(auth(tokens.talent)).expect(404);
  });

  it('refuses every route to anonymous callers (401) and to other talents and organisations (404)', async () => {
    const att = await t.http
      .post(`/api/v1/conversations/${ic}/attachments`)
      .set(auth(tokens.talent))
      .attach('file', PNG, 'photo.png')
      .expect(201);
    const routes = (id: number, attachmentId: number) => [
      { method: 'get', path: `/api/v1/conversations/for/intention/${intentionId}`, kind: 'intention' },
      { method: 'get', path: `/api/v1/conversations/for/application/${applicationId}`, kind: 'application' },
      { method: 'get', path: `/api/v1/conversations/${id}` },
      { method: 'get', path: `/api/v1/conversations/${id}/messages` },
      { method: 'post', path: `/api/v1/conversations/${id}/messages`, body: { body: 'hi', clientId: randomUUID() } },
      { method: 'post', path: `/api/v1/conversations/${id}/read`, body: { seq: 0 } },
      { method: 'post', path: `/api/v1/conversations/${id}/attachments`, file: true },
      { method: 'get', path: `/api/v1/conversations/${id}/attachments/${attachmentId}` },
    ];
    for (const id of [ic, ac]) {
      for (const route of routes(id, att.body.id)) {
        const call = (token: string | null) => {
          let req = (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[route.method]!(
            route.path,
          );
          if (token) req = req.set(auth(token));
          if (route.file) return req.attach('file', PNG, 'p.png');
          return route.body ? req.send(route.body) : req;
        };
        expect({ route: route.path, status: (await call(null)).status }).toEqual({ route: route.path, status: 401 });
        for (const who of [outsider.token, tokens.provider]) {
          const res = await call(who);
          expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status: 404 });
        }
      }
    }
    for (const path of ['/api/v1/me/conversations', '/api/v1/me/conversations/unread']) {
      await t.http.get(path).expect(401);
    }
    const outsiderList = conversationPageSchema.parse(
      (await t.http.get('/api/v1/me/conversations').set(auth(outsider.token)).expect(200)).body,
    );
    expect(outsiderList.items).toEqual([]);
    expect((await t.http.get('/api/v1/me/conversations/unread').set(auth(outsider.token)).expect(200)).body).toEqual({
      total: 0,
    });
  });

  it('closes sockets without a valid token with 4401', async () => {
    expect(await live(null).closed).toBe(LIVE_CLOSE_UNAUTHORIZED);
    expect(await live('not-a-token').closed).toBe(LIVE_CLOSE_UNAUTHORIZED);
    expect(await live(`${tokens.talent}x`).closed).toBe(LIVE_CLOSE_UNAUTHORIZED);
    const ok = await ready(tokens.talent);
    ok.ws.send(JSON.stringify({ type: 'ping' }));
    await ok.until((f) => f.some((x) => x.type === 'pong'));
    // A client frame larger than a ping is refused by closing the socket (1009: message too big).
    ok.ws.send(JSON.stringify({ type: 'ping', padding: 'x'.repeat(4096) }));
    expect(await ok.closed).toBe(1009);

    // At most 5 sockets per account: a sixth closes the oldest (1008).
    const many = [];
    for (let i = 0; i < 5; i++) many.push(await ready(outsider.token));
    const sixth = await ready(outsider.token);
    expect(await many[0]!.closed).toBe(1008);
    expect(sixth.ws.readyState).toBe(sixth.ws.OPEN);
    await Promise.all([...many, sixth].map((c) => c.close()));
  });

  it('delivers messages to both parties’ sockets in order, once; history after a seq returns exactly the missed ones', async () => {
    const talentLive = await ready(tokens.talent);
    const orgLive = await ready(tokens.enterprise);
    const outsiderLive = await ready(outsider.token);
    const providerLive = await ready(tokens.provider);
    const sent = [];
    for (let i = 1; i <= 3; i++) sent.push(await send(tokens.enterprise, ic, `您好，第${i}条`));
    sent.push(await send(tokens.talent, ic, 'Thank you, happy to meet.'));
    const seqs = sent.map((m) => m.seq);
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2, seqs[0]! + 3]);

    await talentLive.until((f) => messagesOf(f, ic).length >= 4);
    await orgLive.until((f) => messagesOf(f, ic).length >= 4);
    for (const client of [talentLive, orgLive]) {
      const got = messagesOf(client.frames, ic);
      expect(got.map((m) => m.seq)).toEqual(seqs);
      expect(got.map((m) => m.body)).toEqual(sent.map((m) => m.body));
    }
    expect(messagesOf(talentLive.frames, ic).map((m) => m.mine)).toEqual([false, false, false, true]);
    expect(messagesOf(orgLive.frames, ic).map((m) => m.mine)).toEqual([true, true, true, false]);
    expect(messagesOf(talentLive.frames, ic)[0]!.side).toBe('organization');
    // Nothing for anyone else.
    await new Promise((r) => setTimeout(r, 200));
    expect(messagesOf(outsiderLive.frames, ic)).toEqual([]);
    expect(messagesOf(providerLive.frames, ic)).toEqual([]);

    // The talent's screen "reconnects" having seen the first one: it asks for what came after it.
    const missed = chatHistorySchema.parse(
      (await t.http.get(`/api/v1/conversations/${ic}/messages?after=${seqs[0]}`).set(auth(tokens.talent)).expect(200))
        .body,
    );
    expect(missed.items.map((m) => m.seq)).toEqual(seqs.slice(1));
    expect(missed.lastSeq).toBe(seqs[3]);
    expect(missed.more).toBe(false);
    const page = (
      await t.http.get(`/api/v1/conversations/${ic}/messages?after=0&limit=2`).set(auth(tokens.talent)).expect(200)
    ).body;
    expect(page.items.map((m: { seq: number }) => m.seq)).toEqual([1, 2]);
    expect(page.more).toBe(true);
    const older = (
      await t.http
        .get(`/api/v1/conversations/${ic}/messages?before=${seqs[3]}&limit=2`)
        .set(auth(tokens.talent))
        .expect(200)
    ).body;
    expect(older.items.map((m: { seq: number }) => m.seq)).toEqual([seqs[1], seqs[2]]);
  });

  it('stores a message once per clientId, and numbers simultaneous sends without gaps', async () => {
    const clientId = randomUUID();
    const first = await send(tokens.talent, ic, '同一条消息', clientId);
    const again = await send(tokens.talent, ic, '同一条消息', clientId);
    expect(again).toEqual(first);
    const stored = await db.getRepository(ChatMessageEntity).countBy({ conversationId: ic, clientId });
    expect(stored).toBe(1);

    const before = (await t.http.get(`/api/v1/conversations/${ic}`).set(auth(tokens.talent)).expect(200)).body.lastSeq;
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.http
          .post(`/api/v1/conversations/${ic}/messages`)
          .set(auth(i % 2 ? tokens.talent : tokens.enterprise))
          .send({ body: `并发${i}`, clientId: `burst-${dialect}-${i}-${randomUUID()}` }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(burst.map(() => 201));
    const seqs = burst.map((r) => r.body.seq as number).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => before + 1 + i));
    // A duplicate sent twice at once is still stored once.
    const twinId = randomUUID();
    const twins = await Promise.all(
      [0, 1].map(() =>
        t.http
          .post(`/api/v1/conversations/${ic}/messages`)
          .set(auth(tokens.talent))
          .send({ body: '双发', clientId: twinId }),
      ),
    );
    expect(twins.map((r) => r.status)).toEqual([201, 201]);
    expect(twins[0]!.body.id).toBe(twins[1]!.body.id);
  });

  it('counts unread messages per conversation and in total, and tells the other screens what was read', async () => {
    const orgLive = await ready(tokens.enterprise);
    await send(tokens.enterprise, ac, '请问您什么时候方便面试？');
    const detail = conversationSchema.parse(
      (await t.http.get(`/api/v1/conversations/${ac}`).set(auth(tokens.talent)).expect(200)).body,
    );
    expect(detail.unread).toBe(detail.lastSeq - detail.readSeq);
    expect(detail.unread).toBeGreaterThan(0);
    const total = (await t.http.get('/api/v1/me/conversations/unread').set(auth(tokens.talent)).expect(200)).body.total;
    const icDetail = (await t.http.get(`/api/v1/conversations/${ic}`).set(auth(tokens.talent)).expect(200)).body;
    expect(total).toBe(detail.unread + icDetail.unread);

    const read = await t.http
      .post(`/api/v1/conversations/${ac}/read`)
      .set(auth(tokens.talent))
      .send({ seq: detail.lastSeq })
      .expect(200);
    expect(read.body.unread).toBe(0);
    await orgLive.until((f) => f.some((x) => x.type === 'read' && x.conversationId === ac && x.side === 'talent'));
    // Never backwards.
    const back = await t.http
      .post(`/api/v1/conversations/${ac}/read`)
      .set(auth(tokens.talent))
      .send({ seq: 0 })
      .expect(200);
    expect(back.body.readSeq).toBe(detail.lastSeq);
    const after = (await t.http.get('/api/v1/me/conversations/unread').set(auth(tokens.talent)).expect(200)).body.total;
    expect(after).toBe(icDetail.unread);

    const list = conversationPageSchema.parse(
      (await t.http.get('/api/v1/me/conversations').set(auth(tokens.talent)).expect(200)).body,
    );
    expect(list.items.map((c) => c.id)).toEqual(expect.arrayContaining([ic, ac]));
    expect(list.items[0]!.id).toBe(ac);
    expect(list.items[0]!.lastMessage?.body).toBe('请问您什么时候方便面试？');
  });

  it('lets staff read and post in intention conversations, signed as staff', async () => {
    const talentLive = await ready(tokens.talent);
    const msg = await send(tokens.staff, ic, '服务中心可协助安排园区参观。');
    expect(msg.side).toBe('staff');
    await talentLive.until((f) => messagesOf(f, ic).some((m) => m.id === msg.id && m.side === 'staff'));
    const staffList = conversationPageSchema.parse(
      (await t.http.get('/api/v1/me/conversations').set(auth(tokens.staff)).expect(200)).body,
    );
    expect(staffList.items.map((c) => c.id)).toContain(ic);
    expect(staffList.items.map((c) => c.id)).not.toContain(ac);
    await t.http.get(`/api/v1/conversations/${ac}/messages`).set(auth(tokens.staff)).expect(404);
  });

  it('sends files judged by content and lets only readers download them', async () => {
    const up = await t.http
      .post(`/api/v1/conversations/${ic}/attachments`)
      .set(auth(tokens.enterprise))
      .attach('file', PNG, 'site-plan.png')
      .expect(201);
    expect(up.body).toMatchObject({ mime: 'image/png', size: PNG.length, fileName: 'site-plan.png' });
    const fake = await t.http
      .post(`/api/v1/conversations/${ic}/attachments`)
      .set(auth(tokens.enterprise))
      .attach('file', Buffer.from('MZ not an image'), 'photo.png')
      .expect(400);
    expect(fake.body.code).toBe('CHAT_ATTACHMENT_INVALID');
    // Someone else's upload cannot be sent.
    await t.http
      .post(`/api/v1/conversations/${ic}/messages`)
      .set(auth(tokens.talent))
      .send({ attachmentId: up.body.id, clientId: randomUUID() })
      .expect(404);
    const res = await t.http
      .post(`/api/v1/conversations/${ic}/messages`)
      .set(auth(tokens.enterprise))
      .send({ attachmentId: up.body.id, clientId: randomUUID() })
      .expect(201);
    expect(res.body.attachment.url).toBe(`/api/v1/conversations/${ic}/attachments/${up.body.id}`);
    const file = await t.http.get(res.body.attachment.url).set(auth(tokens.talent)).buffer(true).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
    await t.http.get(res.body.attachment.url).set(auth(outsider.token)).expect(404);
  });

  it('tells a party without an open screen in their inbox, at most once per conversation in a while', async () => {
    const partner = await newTalent();
    const id = await openIntention(partner.token, partner.id);
    const conv = (await t.http.get(`/api/v1/conversations/for/intention/${id}`).set(auth(partner.token)).expect(200))
      .body.id as number;
    const count = () => db.getRepository(NotificationEntity).countBy({ userId: partner.id, kind: 'chat_message' });
    expect(await count()).toBe(0);
    await send(tokens.enterprise, conv, '您好');
    await send(tokens.enterprise, conv, '补充一点');
    expect(await count()).toBe(1);
    const notice = await db
      .getRepository(NotificationEntity)
      .findOneByOrFail({ userId: partner.id, kind: 'chat_message' });
    expect(notice).toMatchObject({ linkPage: 'conversation', linkId: conv });
    expect(notice.bodyZh).not.toContain('您好');

    // With a screen open, nothing goes to the inbox (the socket shows it).
    const other = await newTalent();
    const otherId = await openIntention(other.token, other.id);
    const otherConv = (
      await t.http.get(`/api/v1/conversations/for/intention/${otherId}`).set(auth(other.token)).expect(200)
    ).body.id as number;
    const screen = await ready(other.token);
    await send(tokens.enterprise, otherConv, '在线吗');
    await screen.until((f) => messagesOf(f, otherConv).length === 1);
    expect(await db.getRepository(NotificationEntity).countBy({ userId: other.id, kind: 'chat_message' })).toBe(0);
  });

  it('becomes read-only once the intention or application ends', async () => {
    const partner = await newTalent();
    const id = await openIntention(partner.token, partner.id);
    const conv = (await t.http.get(`/api/v1/conversations/for/intention/${id}`).set(auth(partner.token)).expect(200))
      .body.id as number;
    await send(partner.token, conv, '先发一条');
    await t.http
      .post(`/api/v1/intentions/${id}/steps`)
      .set(auth(partner.token))
      .send({ status: 'withdrawn' })
      .expect(200);
    const after = (await t.http.get(`/api/v1/conversations/${conv}`).set(auth(tokens.enterprise)).expect(200)).body;
    expect(after.readOnly).toBe(true);
    for (const token of [partner.token, tokens.enterprise, tokens.staff]) {
      const res = await t.http
        .post(`/api/v1/conversations/${conv}/messages`)
        .set(auth(token))
        .send({ body: '还在吗', clientId: randomUUID() })
        .expect(409);
      expect(res.body.code).toBe('CONVERSATION_READ_ONLY');
    }
    await t.http
      .post(`/api/v1/conversations/${conv}/attachments`)
      .set(auth(partner.token))
      .attach('file', PNG, 'a.png')
      .expect(409);
    const history = (await t.http.get(`/api/v1/conversations/${conv}/messages`).set(auth(partner.token)).expect(200))
      .body;
    expect(history.items).toHaveLength(1);

    const rejected = await t.http
      .post(`/api/v1/org/applications/${applicationId}/status`)
      .set(auth(tokens.enterprise))
      .send({ status: 'rejected' });
    expect(rejected.status).toBeLessThan(300);
    const app = (await t.http.get(`/api/v1/conversations/${ac}`).set(auth(tokens.talent)).expect(200)).body;
    expect(app.readOnly).toBe(true);
    const res = await t.http
      .post(`/api/v1/conversations/${ac}/messages`)
      .set(auth(tokens.enterprise))
      .send({ body: '感谢投递', clientId: randomUUID() })
      .expect(409);
    expect(res.body.code).toBe('CONVERSATION_READ_ONLY');
  });

  it('exports the messages a user wrote and anonymises them when the account is deleted', async () => {
    const partner = await newTalent();
    const id = await openIntention(partner.token, partner.id);
    const conv = (await t.http.get(`/api/v1/conversations/for/intention/${id}`).set(auth(partner.token)).expect(200))
      .body.id as number;
    await send(partner.token, conv, '我是洽谈人，这是我的留言');
    await send(tokens.enterprise, conv, '收到');
    const exported = myDataExportSchema.parse(
      (await t.http.get('/api/v1/me/export').set(auth(partner.token)).expect(200)).body,
    );
    expect(exported.chatMessages.map((m) => m.body)).toEqual(['我是洽谈人，这是我的留言']);
    expect(exported.chatMessages[0]!.conversation).toEqual({ kind: 'intention', refId: id });

    const staffMsg = await send(tokens.staff, ic, '工作人员的留言');
    expect(staffMsg.side).toBe('staff');
    await t.http.delete('/api/v1/me').set(auth(partner.token)).expect(204);
    // The conversation was about the deleted talent's intention: it goes with it.
    expect(await db.getRepository(ChatMessageEntity).countBy({ conversationId: conv })).toBe(0);
    expect(await db.getRepository(ChatMessageEntity).countBy({ authorUserId: partner.id })).toBe(0);

    // Staff (not a party) deleted: their message stays in the parties' history, unlinked and signed as deleted.
    const staffId = (await me(tokens.staff)).id;
    await t.http.delete('/api/v1/me').set(auth(tokens.staff)).expect(204);
    const kept = await db.getRepository(ChatMessageEntity).findOneByOrFail({ id: staffMsg.id });
    expect(kept).toMatchObject({ authorUserId: null, side: 'staff', body: '工作人员的留言' });
    expect(kept.authorName).not.toBe(staffMsg.authorName);
    expect(await db.getRepository(ChatMessageEntity).countBy({ authorUserId: staffId })).toBe(0);
    const seen = chatHistorySchema.parse(
      (
        await t.http
          .get(`/api/v1/conversations/${ic}/messages?after=${staffMsg.seq - 1}`)
          .set(auth(tokens.talent))
          .expect(200)
      ).body,
    );
    expect(seen.items[0]).toMatchObject({ id: staffMsg.id, side: 'staff', mine: false, body: '工作人员的留言' });
  });
});
