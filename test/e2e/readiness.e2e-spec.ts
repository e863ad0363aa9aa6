import { startTestApp } from './support/test-app';

describe('readiness with Redis', () => {
  it('stays ready, reporting Redis as degraded, while the configured Redis does not answer', async () => {
    const t = await startTestApp('sqlite', { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await t.http.get('/api/v1/health/ready').expect(200);
      expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'degraded' } });
      await t.http.get('/api/v1/health/live').expect(200);
    } finally {
      await t.close();
    }
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  (redisUrl ? it : it.skip)('is ready when the configured Redis answers (TEST_REDIS_URL)', async () => {
    const t = await startTestApp('sqlite', { env: { REDIS_URL: redisUrl as string } });
    try {
      const res = await t.http.get('/api/v1/health/ready').expect(200);
      expect(res.body.checks).toEqual({ database: 'up', redis: 'up' });
    } finally {
      await t.close();
    }
  });
});
