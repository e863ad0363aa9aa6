import Redis from 'ioredis';
import { loadConfig } from '../../server/src/common/config/config';
import { createTestDatabase, DIALECTS, startTestApp, type TestApp } from './support/test-app';

const redisUrl = process.env.TEST_REDIS_URL;

async function hammer(apps: TestApp[], times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const app = apps[i % apps.length];
    const res = await app.http.post('/api/v1/auth/login').send({ username: 'nobody_at_all', password: 'irrelevant-1' });
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
        .send({ username: 'nobody_at_all', password: 'irrelevant-1' });
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
