import type { AddressInfo } from 'node:net';
import { DIALECTS, startTestApp, type TestApp } from '../e2e/support/test-app';
import { clearStorage } from './support/taro-node';

type ChatApi = typeof import('../../miniapp/src/features/chat/chat.api');
type AuthModule = typeof import('../../miniapp/src/features/account/auth.api');
type Timeline = typeof import('../../miniapp/src/live/timeline');

function loadClient(apiBase: string) {
  (globalThis as { API_BASE?: string }).API_BASE = apiBase;
  let modules!: { chat: ChatApi; auth: AuthModule; timeline: Timeline };
  jest.isolateModules(() => {
    modules = {
      chat: require('../../miniapp/src/features/chat/chat.api'),
      auth: require('../../miniapp/src/features/account/auth.api'),
      timeline: require('../../miniapp/src/live/timeline'),
    };
  });
  return modules;
}

/**
 * The mini-app's 洽谈 calls against the real server: every answer passes the shared schemas, a retried send is one
 * message, and a client that missed messages gets them after its last seq, merged in order and once.
 */
describe.each(DIALECTS)('mini-app 洽谈 client against the real server (%s)', (dialect) => {
  let t: TestApp;
  let base: string;
  let intentionId: number;

  beforeAll(async () => {
    t = await startTestApp(dialect, { env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '1000' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const login = async (persona: string) =>
      (await t.http.post('/api/v1/auth/dev-login').send({ persona }).expect(200)).body.accessToken as string;
    const org = await t.http
      .get('/api/v1/organizations/mine')
      .set('Authorization', `Bearer ${await login('enterprise')}`)
      .expect(200);
    const intention = await t.http
      .post('/api/v1/me/intentions')
      .set('Authorization', `Bearer ${await login('talent')}`)
      .send({ organizationId: org.body.id, note: '希望就研发中心落地与贵司洽谈。' })
      .expect(201);
    intentionId = intention.body.id;
  }, 180_000);
  afterAll(() => t.close());
  beforeEach(() => clearStorage());

  it('opens the conversation, sends once per clientId, catches up after a seq and merges in order', async () => {
    const talent = loadClient(base);
    await talent.auth.loginAsPersona('talent');
    const conversation = await talent.chat.fetchConversationFor('intention', intentionId);
    expect(conversation).toMatchObject({ kind: 'intention', refId: intentionId, side: 'talent', readOnly: false });

    const clientId = talent.timeline.newClientId();
    const first = await talent.chat.sendChatMessage(conversation.id, { body: '您好', attachmentId: null, clientId });
    // The answer was lost and the user pressed Retry: the same message comes back, not a second one.
    const again = await talent.chat.sendChatMessage(conversation.id, { body: '您好', attachmentId: null, clientId });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ seq: 1, mine: true, clientId });

    // The organisation answers three times while the talent's screen is away.
    clearStorage();
    const org = loadClient(base);
    await org.auth.loginAsPersona('enterprise');
    for (const body of ['一', '二', '三']) {
      await org.chat.sendChatMessage(conversation.id, {
        body,
        attachmentId: null,
        clientId: org.timeline.newClientId(),
      });
    }
    expect(await org.chat.fetchChatUnread()).toBe(0);

    clearStorage();
    const back = loadClient(base);
    await back.auth.loginAsPersona('talent');
    expect(await back.chat.fetchChatUnread()).toBe(3);
    // The screen held message 1 and got 3 and 4 pushed (2 missed): it asks after its last contiguous seq.
    let tl = back.timeline.addMessages(back.timeline.EMPTY_TIMELINE, [first]);
    const pushed = (await back.chat.fetchMessagesAfter(conversation.id, 2)).items;
    tl = back.timeline.addMessages(tl, pushed);
    expect(back.timeline.contiguousSeq(tl.messages)).toBe(1);
    const missed = await back.chat.fetchMessagesAfter(conversation.id, back.timeline.contiguousSeq(tl.messages));
    tl = back.timeline.addMessages(tl, missed.items);
    expect(tl.messages.map((m) => [m.seq, m.body, m.mine])).toEqual([
      [1, '您好', true],
      [2, '一', false],
      [3, '二', false],
      [4, '三', false],
    ]);
    const older = await back.chat.fetchMessagesBefore(conversation.id, 3, 30);
    expect(older.items.map((m) => m.seq)).toEqual([1, 2]);

    const read = await back.chat.markConversationRead(conversation.id, 4);
    expect(read.unread).toBe(0);
    expect(await back.chat.fetchChatUnread()).toBe(0);
    const page = await back.chat.fetchConversations(1, 15);
    expect(page.items.find((c) => c.id === conversation.id)).toMatchObject({
      lastSeq: 4,
      unread: 0,
      lastMessage: { body: '三', side: 'organization' },
    });
  });
});
