import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ANNOUNCEMENTS } from '../../server/src/seed/demo-announcements';
import { startTestApp, type TestApp } from '../e2e/support/test-app';

type ApiModule = typeof import('../../miniapp/src/features/announcements/announcements.api');
type ErrorsModule = typeof import('../../miniapp/src/api/errors');
type StoreModule = typeof import('../../miniapp/src/i18n/store');

/** Loads the mini-app's API modules built for `apiBase`, as the build's define plugin would. */
function loadClient(apiBase: string) {
  (globalThis as { API_BASE?: string }).API_BASE = apiBase;
  let modules!: { api: ApiModule; errors: ErrorsModule; store: StoreModule };
  jest.isolateModules(() => {
    modules = {
      api: require('../../miniapp/src/features/announcements/announcements.api'),
      errors: require('../../miniapp/src/api/errors'),
      store: require('../../miniapp/src/i18n/store'),
    };
  });
  return modules;
}

describe('mini-app API client against the real server', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite', { env: { SEED_DEMO: 'true' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('loads Home: pinned items apart from the newest others, none twice', async () => {
    const { api } = loadClient(base);
    const home = await api.fetchHomeAnnouncements();
    const pinnedSeeds = DEMO_ANNOUNCEMENTS.filter((a) => a.pinned).length;
    expect(home.pinned).toHaveLength(Math.min(pinnedSeeds, api.HOME_PINNED_MAX));
    expect(home.pinned.every((a) => a.pinned)).toBe(true);
    expect(home.latest).toHaveLength(api.HOME_LATEST_COUNT);
    expect(home.latest.every((a) => !a.pinned)).toBe(true);
    const dates = home.latest.map((a) => Date.parse(a.publishedAt));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(home.total).toBe(DEMO_ANNOUNCEMENTS.length);
  });

  it('turns a 404 into a typed error in the UI language', async () => {
    const { api, errors, store } = loadClient(base);
    store.setStoredLocale('en');
    const err = await api.fetchAnnouncement(999_999).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(errors.ApiRequestError);
    expect(err).toMatchObject({ status: 404, code: 'ANNOUNCEMENT_NOT_FOUND' });
    expect((err as Error).message).toMatch(/no longer published/);
    expect((err as { requestId?: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
    store.setStoredLocale('zh-CN');
    const zh = await api.fetchAnnouncement(999_999).catch((e: unknown) => e);
    expect((zh as Error).message).toMatch(/公告不存在/);
  });

  it('reports an unreachable server as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { api } = loadClient(`http://127.0.0.1:${port}`);
    await expect(api.fetchAnnouncementPage()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('refuses a response that breaks the shared contract', async () => {
    const liar = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: 'not a list', page: 1 }));
    });
    await new Promise<void>((r) => liar.listen(0, '127.0.0.1', r));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { api } = loadClient(`http://127.0.0.1:${(liar.address() as AddressInfo).port}`);
      await expect(api.fetchAnnouncementPage()).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      await new Promise((r) => liar.close(r));
    }
  });
});
