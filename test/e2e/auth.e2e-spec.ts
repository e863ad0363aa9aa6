import { loadConfig } from '../../server/src/common/config/config';
import { authTokensSchema } from '@ihaigui/shared';
import { DEMO_PASSWORD } from '../../server/src/account/demo-personas';
import { fakeOpenid, startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

describe.each(DIALECTS)('sign-in and sessions on %s', (dialect) => {
  let t: TestApp;
  let wechat: FakeWechat;
  const clock = new ManualClock(new Date('2026-11-21T08:00:00.000Z'));

  beforeAll(async () => {
    wechat = await startFakeWechat({ appId: 'wx-test-app', appSecret: 'test-secret-value' });
    t = await startTestApp(dialect, {
      clock,
      env: {
        SEED_DEMO: 'true',
        WECHAT_BASE_URL: wechat.baseUrl,
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        RATE_LIMIT_AUTH_PER_MINUTE: '1000',
        LOGIN_MAX_FAILURES: '3',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  describe('password', () => {
    it('signs in, then the access token opens /me', async () => {
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'demo_staff', password: DEMO_PASSWORD })
        .expect(200);
      const tokens = authTokensSchema.parse(res.body);
      expect(tokens.user).toMatchObject({ role: 'staff', username: 'demo_staff' });
      const me = await t.http.get('/api/v1/me').set('Authorization', `Bearer ${tokens.accessToken}`).expect(200);
      expect(me.body.id).toBe(tokens.user.id);
    });

    it('gives the same answer for an unknown user and a wrong password', async () => {
      const unknown = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'nobody_here', password: 'whatever123' })
        .expect(401);
      const wrong = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'demo_admin', password: 'wrong-password-1' })
        .expect(401);
      expect(unknown.body.code).toBe('AUTH_INVALID_CREDENTIALS');
      expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    });

    it('slows down a client after repeated failures instead of locking the account', async () => {
      for (let i = 0; i < 3; i += 1) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ username: 'demo_talent', password: `wrong-${i}-password` })
          .expect(401);
      }
      const slowed = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'demo_talent', password: DEMO_PASSWORD })
        .expect(429);
      expect(slowed.body.code).toBe('RATE_LIMITED');
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    });

    it('registers a talent with a strong password only', async () => {
      const weak = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'alice_w', password: 'alice_w12345', role: 'talent', displayName: 'Alice' })
        .expect(400);
      expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
      const ok = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'alice_w', password: 'correct horse 42 battery', role: 'talent', displayName: 'Alice' })
        .expect(201);
      expect(ok.body.user).toMatchObject({ role: 'talent', consentCurrent: false });
      const again = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'alice_w', password: 'another pass 42 word', role: 'talent', displayName: 'A' })
        .expect(409);
      expect(again.body.code).toBe('USERNAME_TAKEN');
      const staffSelf = await t.http
        .post('/api/v1/auth/register')
        .send({ username: 'sneaky_staff', password: 'correct horse 42 battery', role: 'staff', displayName: 'S' })
        .expect(400);
      expect(staffSelf.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each refresh token works once, and reuse revokes the whole session', async () => {
      const login = await t.http.post('/api/v1/auth/dev-login').send({ persona: 'enterprise' }).expect(200);
      const first = login.body.refreshToken as string;
      const second = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200)).body
        .refreshToken as string;
      expect(second).not.toBe(first);
      // The first token again: someone copied it. Both it and its successor stop working.
      const reuse = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(401);
      expect(reuse.body.code).toBe('AUTH_REFRESH_INVALID');
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second }).expect(401);
    });

    it('logout revokes the session', async () => {
      const login = await t.http.post('/api/v1/auth/dev-login').send({ persona: 'enterprise' }).expect(200);
      await t.http
        .post('/api/v1/auth/logout')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .send({ refreshToken: login.body.refreshToken })
        .expect(204);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    });

    it('access tokens expire', async () => {
      const login = await t.http.post('/api/v1/auth/dev-login').send({ persona: 'staff' }).expect(200);
      clock.advance(16 * 60_000);
      const res = await t.http.get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      await t.http.get('/api/v1/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
    });
  });

  describe('WeChat (fake server on 127.0.0.1)', () => {
    it('creates a talent on the first code2Session and finds it again later; session_key never leaves', async () => {
      const first = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-first' }).expect(200);
      expect(first.body.user).toMatchObject({ role: 'talent', username: null });
      expect(JSON.stringify(first.body)).not.toMatch(/session_key|openid/i);
      const second = await t.http.post('/api/v1/auth/wechat').send({ code: 'ok-first' }).expect(200);
      expect(second.body.user.id).toBe(first.body.user.id);
      const call = wechat.requests.find((r) => r.path === '/sns/jscode2session');
      expect(call?.query).toMatchObject({
        appid: 'wx-test-app',
        js_code: 'ok-first',
        grant_type: 'authorization_code',
      });
      expect(fakeOpenid('ok-first')).toBeTruthy();
    });

    it.each([
      ['invalid', 400, 'WECHAT_CODE_INVALID'],
      ['ratelimit', 429, 'WECHAT_RATE_LIMITED'],
      ['blocked', 403, 'WECHAT_USER_BLOCKED'],
      ['broken', 503, 'WECHAT_UNAVAILABLE'],
    ])('answers code %s with %i %s', async (code, status, errorCode) => {
      const res = await t.http.post('/api/v1/auth/wechat').send({ code }).expect(status);
      expect(res.body.code).toBe(errorCode);
    });

    it('answers WECHAT_UNAVAILABLE when WeChat cannot be reached', async () => {
      const other = await startTestApp(dialect, {
        env: { WECHAT_BASE_URL: 'http://127.0.0.1:1', WECHAT_APP_ID: 'a', WECHAT_APP_SECRET: 'b' },
      });
      try {
        const res = await other.http.post('/api/v1/auth/wechat').send({ code: 'ok-x' }).expect(503);
        expect(res.body.code).toBe('WECHAT_UNAVAILABLE');
      } finally {
        await other.close();
      }
    });
  });

  it('refuses the dev login in production mode', async () => {
    const prod = await startTestApp(dialect, {
      env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), SEED_DEMO: 'true' },
    });
    try {
      const res = await prod.http.post('/api/v1/auth/dev-login').send({ persona: 'admin' }).expect(403);
      expect(res.body.code).toBe('DEV_LOGIN_DISABLED');
    } finally {
      await prod.close();
    }
  });

  it('outside production, refuses the dev login (and the development secret) unless the server listens on loopback', async () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/JWT_SECRET: required when listening on 0\.0\.0\.0/);
    expect(() => loadConfig({ NODE_ENV: 'test', HOST: '192.168.1.20' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).auth.devLogin).toBe(true);
    const exposed = await startTestApp(dialect, {
      env: { HOST: '0.0.0.0', JWT_SECRET: 'e'.repeat(40), SEED_DEMO: 'true' },
    });
    try {
      const res = await exposed.http.post('/api/v1/auth/dev-login').send({ persona: 'admin' }).expect(403);
      expect(res.body.code).toBe('DEV_LOGIN_DISABLED');
    } finally {
      await exposed.close();
    }
  });
});
