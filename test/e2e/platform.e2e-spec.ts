import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiErrorSchema } from '@ihaigui/shared';
import { startDraining } from '../../server/src/app.factory';
import { Gate, ProbeModule, slowGate } from './support/probe.module';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';

describe.each(DIALECTS)('platform behaviour on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      extraModules: [ProbeModule],
      env: { BODY_LIMIT: '4096', CORS_ORIGINS: 'https://admin.example.org' },
    });
  });
  afterAll(() => t.close());

  it('answers an unknown route with the JSON error shape', async () => {
    for (const path of ['/api/v1/nope', '/api/v1/announcements/1/nope', '/nope']) {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(apiErrorSchema.parse(res.body)).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    }
  });

  it('echoes a request id, keeping a well-formed one from the caller', async () => {
    const own = await t.http.get('/api/v1/health/live').expect(200);
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.http.get('/api/v1/nope').set('X-Request-Id', 'trace-abc-12345').expect(404);
    expect(given.headers['x-request-id']).toBe('trace-abc-12345');
    expect(given.body.requestId).toBe('trace-abc-12345');
    const hostile = await t.http.get('/api/v1/health/live').set('X-Request-Id', '<script>').expect(200);
    expect(hostile.headers['x-request-id']).not.toBe('<script>');
  });

  it('turns a bug into a 500 without internals, and logs it', async () => {
    const res = await t.http.get('/api/v1/probe/boom').set('X-Request-Id', 'boom-request-0001').expect(500);
    expect(res.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: expect.any(String),
      requestId: 'boom-request-0001',
    });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    const logged = t.logs.find((l) => l.msg === 'unhandled error' && l.reqId === 'boom-request-0001');
    expect(logged).toBeDefined();
  });

  it('refuses bodies over the limit, malformed JSON, unknown fields and wrong types with codes', async () => {
    const big = await t.http
      .post('/api/v1/probe/echo')
      .send({ text: 'x'.repeat(10_000) })
      .expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const malformed = await t.http
      .post('/api/v1/probe/echo')
      .set('Content-Type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const unknown = await t.http.post('/api/v1/probe/echo').send({ text: 'hi', admin: true }).expect(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    const wrongType = await t.http.post('/api/v1/probe/echo').send({ text: 42 }).expect(400);
    expect(wrongType.body.issues[0].path).toBe('text');
    const unsupported = await t.http
      .post('/api/v1/probe/echo')
      .set('Content-Type', 'application/xml')
      .send('<a/>')
      .expect(415);
    expect(unsupported.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await t.http.post('/api/v1/probe/echo').send({ text: 'hello' }).expect(201, { length: 5 });
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After when the database is out of reach, logging the outage once', async () => {
    const before = t.logs.length;
    for (let i = 0; i < 3; i++) {
      const res = await t.http.get('/api/v1/probe/db-down').set('Accept-Language', 'en').expect(503);
      expect(apiErrorSchema.parse(res.body).code).toBe('DATABASE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
      expect(JSON.stringify(res.body)).not.toContain('ECONNREFUSED');
    }
    // Readiness finds the (real) database answering: the outage is over.
    await t.http.get('/api/v1/health/ready').expect(200);
    const lines = t.logs.slice(before);
    expect(lines.filter((l) => l.msg === 'database unavailable: answering 503 DATABASE_UNAVAILABLE')).toHaveLength(1);
    expect(lines.filter((l) => l.msg === 'database available again')).toHaveLength(1);
    expect(lines.some((l) => l.msg === 'unhandled error' || JSON.stringify(l).includes('"stack"'))).toBe(false);
  });

  it('writes one structured log line per request, without query strings', async () => {
    await t.http
      .get('/api/v1/announcements?category=notice&phone=13800138000')
      .set('X-Request-Id', 'log-check-000001')
      .expect(200);
    const line = t.logs.find((l) => l.msg === 'request completed' && l.reqId === 'log-check-000001');
    expect(line).toMatchObject({
      http: { method: 'GET', path: '/api/v1/announcements', route: '/api/v1/announcements', status: 200 },
    });
    expect(typeof line?.responseTimeMs).toBe('number');
    expect(t.rawLogs.join('\n')).not.toContain('13800138000');
  });

  it('reports liveness and readiness', async () => {
    await t.http.get('/api/v1/health/live').expect(200, { status: 'ok', checks: {} });
    const ready = await t.http.get('/api/v1/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'disabled' } });
  });

  it('publishes the OpenAPI document generated from the shared schemas', async () => {
    const res = await t.http.get('/api/docs/openapi.json').expect(200);
    expect(res.body.paths['/api/v1/announcements'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'category']),
    );
    expect(Object.keys(res.body.paths)).toContain('/api/v1/announcements/{id}');
    const ui = await t.http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('sends security headers and allows only configured origins', async () => {
    const res = await t.http.get('/api/v1/health/live').set('Origin', 'https://admin.example.org').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBe('https://admin.example.org');
    const other = await t.http.get('/api/v1/health/live').set('Origin', 'https://evil.example.com').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('drains before shutting down: readiness 503, requests still served, each closing its connection', async () => {
    const own = await startTestApp(dialect);
    try {
      await own.http.get('/api/v1/health/ready').expect(200);
      startDraining(own.app);
      const ready = await own.http.get('/api/v1/health/ready').expect(503);
      expect(ready.body).toEqual({ status: 'error', checks: { shutdown: 'down' } });
      expect(ready.headers.connection).toBe('close');
      const served = await own.http.get('/api/v1/announcements?pageSize=1').expect(200);
      expect(served.headers.connection).toBe('close');
      await own.http.get('/api/v1/health/live').expect(200);
    } finally {
      await own.close();
    }
  });

  it('finishes an in-flight request when shutting down, and refuses new ones', async () => {
    const own = await startTestApp(dialect, { extraModules: [ProbeModule] });
    await own.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = own.app.getHttpServer().address() as AddressInfo;
    const gate = (slowGate.current = new Gate());
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/api/v1/probe/slow' }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });
    await gate.started;
    const closing = own.close();
    await new Promise((r) => setTimeout(r, 50));
    gate.release();
    const done = await inFlight;
    await closing;
    expect(done).toEqual({ status: 200, body: JSON.stringify({ done: true }) });
    await expect(
      new Promise((resolve, reject) =>
        http.get({ host: '127.0.0.1', port, path: '/api/v1/health/live' }, resolve).on('error', reject),
      ),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
