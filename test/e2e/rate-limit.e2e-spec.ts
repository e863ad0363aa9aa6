import Redis from 'ioredis';
import { createTestDatabase, startTestApp, type TestApp } from './support/test-app';

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
