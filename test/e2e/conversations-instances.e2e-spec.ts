import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { connectLive, type LiveClient } from './support/live-client';
import { createTestDatabase, type TestDatabase } from './support/test-app';

const MAIN = path.resolve(__dirname, '..', '..', 'server', 'dist', 'main.js');
const mysqlUrl = process.env.TEST_MYSQL_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const enabled = Boolean(mysqlUrl && redisUrl);

if (!enabled) {
  // Loud on purpose: this is the only test of the fan-out between instances.
  console.warn(
    'SKIPPED: live conversations across two server instances need TEST_MYSQL_URL and TEST_REDIS_URL ' +
      '(two built servers share MariaDB and Redis).',
  );
}

/** Two built servers sharing one MariaDB database and one Redis: a message sent on one reaches a socket on the other. */
(enabled ? describe : describe.skip)('conversations across two instances (MariaDB + Redis)', () => {
  let db: TestDatabase;
  let storage: string;
  let a: ServerProcess;
  let b: ServerProcess;
  const sockets: LiveClient[] = [];

  const env = (): Record<string, string> => ({
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    H5_DIR: '',
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl as string,
    STORAGE_DIR: storage,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    SHUTDOWN_DRAIN_MS: '300',
  });

  beforeAll(async () => {
    db = await createTestDatabase('mysql');
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-live-files-'));
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await startServerProcess({ main: MAIN, env: env() });
    b = await startServerProcess({ main: MAIN, env: env() });
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
    if (storage) fs.rmSync(storage, { recursive: true, force: true });
  });

  async function call<T>(server: ServerProcess, method: string, route: string, token?: string, body?: unknown) {
    const res = await fetch(`${server.url}api/v1${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  }

  async function signIn(persona: string): Promise<string> {
    const res = await call<{ accessToken: string }>(a, 'POST', '/auth/dev-login', undefined, { persona });
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }

  async function ready(server: ServerProcess, token: string): Promise<LiveClient> {
    const client = connectLive(server.url, token);
    sockets.push(client);
    await client.until((f) => f.some((x) => x.type === 'ready'));
    return client;
  }

  it('delivers a message sent on one instance to the sockets on the other, in order, once', async () => {
    const talent = await signIn('talent');
    const enterprise = await signIn('enterprise');
    const org = await call<{ id: number }>(a, 'GET', '/organizations/mine', enterprise);
    expect(org.status).toBe(200);
    const proposed = await call<{ id: number }>(a, 'POST', '/me/intentions', talent, {
      organizationId: org.body.id,
      note: '希望进一步洽谈合作',
    });
    let intentionId = proposed.body?.id;
    if (proposed.status !== 201) {
      const mine = await call<{ items: Array<{ id: number; status: string; organization: { id: number } }> }>(
        a,
        'GET',
        '/me/intentions?pageSize=50',
        talent,
      );
      intentionId = mine.body.items.find((i) => i.organization.id === org.body.id && i.status === 'proposed')!.id;
    }
    const conv = await call<{ id: number }>(b, 'GET', `/conversations/for/intention/${intentionId}`, talent);
    expect(conv.status).toBe(200);
    const id = conv.body.id;

    const talentOnB = await ready(b, talent);
    const orgOnA = await ready(a, enterprise);
    const talentOnA = await ready(a, talent);

    const bodies = ['第一条（A）', '第二条（A）', '第三条（A）'];
    for (const body of bodies) {
      const sent = await call(a, 'POST', `/conversations/${id}/messages`, enterprise, { body, clientId: randomUUID() });
      expect(sent.status).toBe(201);
    }
    const reply = await call<{ seq: number }>(b, 'POST', `/conversations/${id}/messages`, talent, {
      body: 'Reply from B',
      clientId: randomUUID(),
    });
    expect(reply.status).toBe(201);

    const messages = (c: LiveClient) =>
      c.frames.flatMap((f) => (f.type === 'message' && f.message.conversationId === id ? [f.message] : []));
    await talentOnB.until((f) => messages({ frames: f } as LiveClient).length >= 4);
    await orgOnA.until((f) => messages({ frames: f } as LiveClient).length >= 4);
    await talentOnA.until((f) => messages({ frames: f } as LiveClient).length >= 4);
    for (const client of [talentOnB, orgOnA, talentOnA]) {
      expect(messages(client).map((m) => m.body)).toEqual([...bodies, 'Reply from B']);
      const seqs = messages(client).map((m) => m.seq);
      expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2, seqs[0]! + 3]);
    }
    expect(reply.body.seq).toBe(messages(orgOnA)[3]!.seq);

    // The talent had a socket open (on B) when A stored the messages: no inbox notice about them.
    const inbox = await call<{ items: Array<{ kind: string }> }>(a, 'GET', '/me/notifications?pageSize=50', talent);
    expect(inbox.body.items.filter((n) => n.kind === 'chat_message')).toEqual([]);

    // Stopping A (SIGTERM: drain, then close) closes its sockets with 1001 and exits cleanly; B's stay open.
    expect(await a.stop()).toBe(0);
    expect(await orgOnA.closed).toBe(1001);
    expect(await talentOnA.closed).toBe(1001);
    expect(talentOnB.ws.readyState).toBe(talentOnB.ws.OPEN);
  });
});
