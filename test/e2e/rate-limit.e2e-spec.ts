import * as net from 'node:net';
import Redis from 'ioredis';
import { loadConfig } from '../../server/src/common/config/config';
import { createTestDatabase, DIALECTS, startTestApp, type TestApp } from './support/test-app';

const redisUrl = process.env.TEST_REDIS_URL;

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function hammer(apps: TestApp[], times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const app = apps[i % apps.length];
    // A new name each time: the per-client limit is under test, not the slowdown of repeated failures on one account.
    const res = await app.http.post('/api/v1/auth/login').send({ username: `nobody_${i}`, password: 'irrelevant-1' });
    statuses.push(res.status);
  }
  return statuses;
}

describe('rate limit on sign-in', () => {
  it('holds in memory on a single instance', async () => {
    const t = await startTestApp('sqlite', { env: { RATE_LIMIT_AUTH_PER_MINUTE: '5' } });
    try {
      const statuses = await hammer([t], 7);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const limited = await t.http.post('/api/v1/auth/login').send({ username: 'x', password: 'y' }).expect(429);
      expect(limited.body.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  (redisUrl ? it : it.skip)('holds across two instances sharing one Redis (TEST_REDIS_URL)', async () => {
    // Every request here comes from 127.0.0.1, so this test owns the auth counters while it runs.
    const redis = new Redis(redisUrl as string);
    const db = await createTestDatabase('sqlite');
    const env = { RATE_LIMIT_AUTH_PER_MINUTE: '6', REDIS_URL: redisUrl as string };
    const a = await startTestApp('sqlite', { database: db, env });
    const b = await startTestApp('sqlite', { database: db, env });
    try {
      for (const key of await redis.keys('ratelimit:auth:*')) await redis.del(key);
      const statuses = await hammer([a, b], 10);
      expect(statuses.filter((s) => s === 401)).toHaveLength(6);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
      // Alternating instances: each alone would still have been under its limit of 6.
    } finally {
      await a.close();
      await b.close();
      await db.drop();
      for (const key of await redis.keys('ratelimit:auth:*')) await redis.del(key);
      redis.disconnect();
    }
  });
});

describe.each(DIALECTS)('client address behind proxies on %s', (dialect) => {
  /** 30 sign-ins whose left-most X-Forwarded-For entry (chosen by the client) changes every time. */
  async function rotating(t: TestApp, forwardedFor: (i: number) => string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const res = await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', forwardedFor(i))
        .send({ username: `nobody_${i}`, password: 'irrelevant-1' });
      statuses.push(res.status);
    }
    return statuses;
  }

  it.each([
    // One trusted hop (true means the same): the client is the address the proxy saw.
    ['true', (i: number) => `10.9.${i}.1, 203.0.113.7`],
    ['1', (i: number) => `10.9.${i}.1, 203.0.113.7`],
    // Two hops: a CDN in front of the load balancer.
    ['2', (i: number) => `10.9.${i}.1, 203.0.113.7, 192.0.2.10`],
    // The proxies by address or range: the right-most address that is not one of them.
    ['127.0.0.1, ::1, 192.0.2.0/24', (i: number) => `10.9.${i}.1, 203.0.113.7, 192.0.2.10`],
    ['loopback,192.0.2.10', (i: number) => `10.9.${i}.1, 203.0.113.7, 192.0.2.10`],
  ])('TRUST_PROXY=%s: forged left-most addresses do not escape the limit', async (trust, forwardedFor) => {
    const t = await startTestApp(dialect, { env: { TRUST_PROXY: trust } });
    try {
      const statuses = await rotating(t, forwardedFor);
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual(Array(10).fill(429));
      // Another client behind the same proxy has its own count.
      const other = await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', forwardedFor(0).replace('203.0.113.7', '203.0.113.8'))
        .send({ username: 'nobody_at_all', password: 'irrelevant-1' });
      expect(other.status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('refuses a TRUST_PROXY that is neither a hop count nor addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY:/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY:/);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8 , fd00::1 ' }).trustProxy).toEqual(['10.0.0.0/8', 'fd00::1']);
  });
});

/** A TCP server that accepts connections and never answers: a frozen Redis. */
async function frozenServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A TCP proxy in front of a real Redis that can be frozen (holds every byte) and thawed. */
async function freezableProxy(
  target: string,
): Promise<{ url: string; freeze(): void; thaw(): void; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  let frozen = false;
  const held: Array<() => void> = [];
  const sockets = new Set<net.Socket>();
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => (frozen ? held.push(() => to.write(chunk)) : to.write(chunk)));
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port || 6379), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    freeze: () => (frozen = true),
    thaw: () => {
      frozen = false;
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function timedLogins(t: TestApp, times: number): Promise<{ statuses: number[]; longestMs: number }> {
  const statuses: number[] = [];
  let longestMs = 0;
  for (let i = 0; i < times; i += 1) {
    const started = Date.now();
    const res = await t.http.post('/api/v1/auth/login').send({ username: `nobody_${i}`, password: 'irrelevant-1' });
    longestMs = Math.max(longestMs, Date.now() - started);
    statuses.push(res.status);
  }
  return { statuses, longestMs };
}

const redisLogLines = (t: TestApp, pattern: RegExp) =>
  t.logs.filter((l) => typeof l.msg === 'string' && pattern.test(l.msg));

describe('rate limit while Redis is away', () => {
  it('falls back to per-instance limits when Redis is stopped (nobody listens on its port)', async () => {
    const t = await startTestApp('sqlite', {
      env: { RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_URL: 'redis://127.0.0.1:1' },
    });
    try {
      const { statuses, longestMs } = await timedLogins(t, 5);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(longestMs).toBeLessThan(1000);
      const ready = await t.http.get('/api/v1/health/ready').expect(200);
      expect(ready.body.checks.redis).toBe('degraded');
      expect(redisLogLines(t, /redis unavailable/)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('neither hangs nor fails when Redis accepts connections and never answers', async () => {
    const frozen = await frozenServer();
    const t = await startTestApp('sqlite', {
      env: { RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_URL: frozen.url, REDIS_COMMAND_TIMEOUT_MS: '300' },
    });
    try {
      const { statuses, longestMs } = await timedLogins(t, 5);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(longestMs).toBeLessThan(1000);
      const started = Date.now();
      const ready = await t.http.get('/api/v1/health/ready').expect(200);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'degraded' } });
    } finally {
      await t.close();
      await frozen.close();
    }
  });

  (redisUrl ? it : it.skip)('goes back to Redis when a frozen Redis answers again (TEST_REDIS_URL)', async () => {
    const redis = new Redis(redisUrl as string);
    const proxy = await freezableProxy(redisUrl as string);
    const t = await startTestApp('sqlite', {
      env: { RATE_LIMIT_AUTH_PER_MINUTE: '100', REDIS_URL: proxy.url },
    });
    try {
      for (const key of await redis.keys('ratelimit:auth:*')) await redis.del(key);
      await waitUntil(async () => (await t.http.get('/api/v1/health/ready')).body.checks.redis === 'up');
      expect((await timedLogins(t, 2)).statuses).toEqual([401, 401]);
      const counted = async () => Number((await redis.mget(await redis.keys('ratelimit:auth:*')))[0] ?? 0);
      expect(await counted()).toBe(2);

      // On a loaded machine a command may already have timed out once; count the lines from the freeze on.
      const awayBefore = redisLogLines(t, /redis unavailable/).length;
      const backBefore = redisLogLines(t, /redis available again/).length;
      proxy.freeze();
      const during = await timedLogins(t, 3);
      expect(during.statuses).toEqual([401, 401, 401]);
      expect(during.longestMs).toBeLessThan(1500);
      expect((await t.http.get('/api/v1/health/ready').expect(200)).body.checks.redis).toBe('degraded');
      expect(redisLogLines(t, /redis unavailable/)).toHaveLength(awayBefore + 1);

      proxy.thaw();
      await waitUntil(async () => (await t.http.get('/api/v1/health/ready')).body.checks.redis === 'up');
      const before = await counted();
      await timedLogins(t, 1);
      expect(await counted()).toBe(before + 1);
      expect(redisLogLines(t, /redis available again/)).toHaveLength(backBefore + 1);
    } finally {
      await t.close();
      await proxy.close();
      for (const key of await redis.keys('ratelimit:auth:*')) await redis.del(key);
      redis.disconnect();
    }
  });
});
