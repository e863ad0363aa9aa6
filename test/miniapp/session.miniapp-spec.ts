import type { AddressInfo } from 'node:net';
import { ManualClock, startTestApp, type TestApp } from '../e2e/support/test-app';
import { clearStorage } from './support/taro-node';

type AuthModule = typeof import('../../miniapp/src/features/account/auth.api');
type AccountModule = typeof import('../../miniapp/src/features/account/account.api');
type SessionModule = typeof import('../../miniapp/src/api/session');

function loadClient(apiBase: string) {
  (globalThis as { API_BASE?: string }).API_BASE = apiBase;
  let modules!: { auth: AuthModule; account: AccountModule; session: SessionModule };
  jest.isolateModules(() => {
    modules = {
      auth: require('../../miniapp/src/features/account/auth.api'),
      account: require('../../miniapp/src/features/account/account.api'),
      session: require('../../miniapp/src/api/session'),
    };
  });
  return modules;
}

describe('mini-app session against the real server', () => {
  let t: TestApp;
  let base: string;
  const clock = new ManualClock(new Date('2026-11-21T09:00:00.000Z'));
  const refreshCalls = () =>
    t.logs.filter(
      (l) => l.msg === 'request completed' && (l.http as { path?: string })?.path === '/api/v1/auth/refresh',
    ).length;

  beforeAll(async () => {
    t = await startTestApp('sqlite', { clock, env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '1000' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());
  beforeEach(() => clearStorage());

  it('refreshes once for many requests that meet an expired access token, then all succeed', async () => {
    const { auth, account, session } = loadClient(base);
    const me = await auth.loginAsPersona('talent');
    const before = session.getSession();
    clock.advance(20 * 60_000); // past the 15-minute access token
    const startRefreshes = refreshCalls();
    const results = await Promise.all(Array.from({ length: 5 }, () => account.fetchMe()));
    expect(results.every((r) => r.id === me.id)).toBe(true);
    expect(refreshCalls() - startRefreshes).toBe(1);
    expect(session.getSession()?.refreshToken).not.toBe(before?.refreshToken);
  });

  it('ends the session when the refresh token is refused', async () => {
    const { auth, account, session } = loadClient(base);
    await auth.loginAsPersona('staff');
    const expired = jest.fn();
    session.onSessionExpired(expired);
    // Another device used (and so revoked) this refresh token.
    const stolen = session.getSession()?.refreshToken as string;
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: stolen }).expect(200);
    clock.advance(20 * 60_000);
    await expect(account.fetchMe()).rejects.toMatchObject({ code: 'AUTH_REFRESH_INVALID' });
    expect(expired).toHaveBeenCalledTimes(1);
    expect(session.getSession()).toBeNull();
  });
});
