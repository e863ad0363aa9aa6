import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '@ihaigui/shared';
import { AppException } from '../../server/src/common/errors/app.exception';
import Redis from 'ioredis';
import { RedisAccessTokenStore } from '../../server/src/wechat/shared-access-token';
import { WechatClient, type WechatClientOptions } from '../../server/src/wechat/wechat.client';
import { type FakeWechat, fakeOpenid, fakeUnionid, startFakeWechat } from '../support/fake-wechat';

/** A clock the test moves by hand, to cross the access token's expiry without waiting two hours. */
class ManualClock {
  constructor(private current = new Date('2025-03-01T08:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const SECOND = 1000;

describe('WechatClient against a fake WeChat server', () => {
  let fake: FakeWechat;

  beforeEach(async () => {
    fake = await startFakeWechat();
  });

  afterEach(async () => {
    await fake.close();
  });

  function client(overrides: Partial<WechatClientOptions> = {}): WechatClient {
    return new WechatClient({ baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret, ...overrides });
  }

  /** Awaits a call that must fail with an AppException, and checks the detail keeps the secrets out of logs. */
  async function expectAppError(
    call: Promise<unknown>,
    code: ErrorCode,
    statusCode: number,
    alsoSecret: string[] = [],
  ): Promise<AppException> {
    let caught: unknown;
    try {
      await call;
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppException);
    const error = caught as AppException;
    expect({ code: error.code, statusCode: error.statusCode }).toEqual({ code, statusCode });
    expect(error.detail).toEqual(expect.any(String));
    for (const secret of [fake.appSecret, ...alsoSecret]) {
      expect(error.detail).not.toContain(secret);
      expect(error.message).not.toContain(secret);
    }
    return error;
  }

  describe('code2Session', () => {
    it('returns the openid, no unionid, and nothing of the session_key', async () => {
      const result = await client().code2Session('ok-alice');

      expect(result).toEqual({ openid: fakeOpenid('ok-alice'), unionid: null });
      expect(Object.keys(result).sort()).toEqual(['openid', 'unionid']);
      expect(JSON.stringify(result)).not.toMatch(/session_key|sk-/);
      expect(fake.requests).toEqual([
        {
          path: '/sns/jscode2session',
          query: { appid: fake.appId, secret: fake.appSecret, js_code: 'ok-alice', grant_type: 'authorization_code' },
        },
      ]);
    });

    it('returns the unionid when WeChat sends one', async () => {
      await expect(client().code2Session('ok-union-bob')).resolves.toEqual({
        openid: fakeOpenid('ok-union-bob'),
        unionid: fakeUnionid('ok-union-bob'),
      });
    });

    it('tolerates a trailing slash on the base URL', async () => {
      await expect(client({ baseUrl: `${fake.baseUrl}/` }).code2Session('ok-carol')).resolves.toEqual({
        openid: fakeOpenid('ok-carol'),
        unionid: null,
      });
      expect(fake.requests[0]?.path).toBe('/sns/jscode2session');
    });

    it.each<[string, number, ErrorCode, number]>([
      ['invalid', 40029, 'WECHAT_CODE_INVALID', 400],
      ['used', 40163, 'WECHAT_CODE_INVALID', 400],
      ['ratelimit', 45011, 'WECHAT_RATE_LIMITED', 429],
      ['blocked', 40226, 'WECHAT_USER_BLOCKED', 403],
      ['busy', -1, 'WECHAT_UNAVAILABLE', 503],
    ])('maps code %p (errcode %p) to %s / %p', async (code, errcode, appCode, status) => {
      const error = await expectAppError(client().code2Session(code), appCode, status, [code]);
      expect(error.detail).toContain(`errcode ${errcode}`);
    });

    it('reports a wrong app secret (40013) as unavailable without leaking either secret', async () => {
      const wrongSecret = 'wrong-secret-0123456789';
      const error = await expectAppError(
        client({ appSecret: wrongSecret }).code2Session('ok-dave'),
        'WECHAT_UNAVAILABLE',
        503,
        [wrongSecret, 'ok-dave'],
      );
      expect(error.detail).toContain('errcode 40013');
    });

    it('reports a network failure as unavailable', async () => {
      const closedPort = await unusedPort();
      const error = await expectAppError(
        client({ baseUrl: `http://127.0.0.1:${closedPort}` }).code2Session('ok-erin'),
        'WECHAT_UNAVAILABLE',
        503,
        ['ok-erin'],
      );
      expect(error.detail).toContain('jscode2session: TypeError: fetch failed (ECONNREFUSED)');
    });

    it('reports HTTP 500 as unavailable', async () => {
      const error = await expectAppError(client().code2Session('broken'), 'WECHAT_UNAVAILABLE', 503);
      expect(error.detail).toContain('HTTP 500');
    });

    it('reports a non-JSON answer as unavailable', async () => {
      const error = await expectAppError(client().code2Session('garbage'), 'WECHAT_UNAVAILABLE', 503);
      expect(error.detail).toContain('not a JSON object');
    });

    it('gives up after timeoutMs when WeChat does not answer', async () => {
      const started = Date.now();
      const error = await expectAppError(client({ timeoutMs: 300 }).code2Session('slow'), 'WECHAT_UNAVAILABLE', 503);
      expect(error.detail).toContain('timed out after 300 ms');
      expect(Date.now() - started).toBeLessThan(5 * SECOND);
    });
  });

  describe('getPhoneNumber and the access token', () => {
    it('returns the pure phone number, posting the code with the access token', async () => {
      await expect(client().getPhoneNumber('phone-ok')).resolves.toBe('13812345678');

      expect(fake.requests).toEqual([
        {
          path: '/cgi-bin/token',
          query: { grant_type: 'client_credential', appid: fake.appId, secret: fake.appSecret },
        },
        { path: '/wxa/business/getuserphonenumber', query: { access_token: 'tok-1' }, body: { code: 'phone-ok' } },
      ]);
    });

    it('maps an invalid phone code to WECHAT_CODE_INVALID and a rate limit to WECHAT_RATE_LIMITED', async () => {
      const wechat = client();
      await expectAppError(wechat.getPhoneNumber('phone-invalid'), 'WECHAT_CODE_INVALID', 400, [
        'phone-invalid',
        'tok-1',
      ]);
      await expectAppError(wechat.getPhoneNumber('phone-ratelimit'), 'WECHAT_RATE_LIMITED', 429, ['phone-ratelimit']);
    });

    it('caches the access token across calls', async () => {
      const wechat = client();
      await expect(wechat.getPhoneNumber('phone-ok')).resolves.toBe('13812345678');
      await expect(wechat.getPhoneNumber('phone-ok')).resolves.toBe('13812345678');

      expect(fake.tokenCalls()).toBe(1);
    });

    it('shares one token request between concurrent callers', async () => {
      const wechat = client();
      const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => wechat.getAccessToken()));

      expect(tokens).toEqual(['tok-1', 'tok-1', 'tok-1', 'tok-1', 'tok-1']);
      expect(fake.tokenCalls()).toBe(1);
    });

    it('refreshes an expired token once and succeeds', async () => {
      const wechat = client();
      await expect(wechat.getPhoneNumber('phone-ok')).resolves.toBe('13812345678');
      fake.expireToken('tok-1');

      await expect(wechat.getPhoneNumber('phone-ok')).resolves.toBe('13812345678');

      expect(fake.tokenCalls()).toBe(2);
      const usedTokens = fake.requests
        .filter((r) => r.path === '/wxa/business/getuserphonenumber')
        .map((r) => r.query.access_token);
      expect(usedTokens).toEqual(['tok-1', 'tok-1', 'tok-2']);
      await expect(wechat.getAccessToken()).resolves.toBe('tok-2');
    });

    it('retries only once when the fresh token is rejected too', async () => {
      fake.expireToken('tok-1');
      fake.expireToken('tok-2');

      const error = await expectAppError(client().getPhoneNumber('phone-ok'), 'WECHAT_UNAVAILABLE', 503, ['tok-2']);

      expect(error.detail).toContain('errcode 42001');
      expect(fake.tokenCalls()).toBe(2);
      expect(fake.requests.filter((r) => r.path === '/wxa/business/getuserphonenumber')).toHaveLength(2);
    });

    it('fetches a new token once the clock passes five minutes before expiry', async () => {
      const clock = new ManualClock();
      const wechat = client({ clock });
      await expect(wechat.getAccessToken()).resolves.toBe('tok-1');

      clock.advance((7200 - 300) * SECOND - 1);
      await expect(wechat.getAccessToken()).resolves.toBe('tok-1');
      expect(fake.tokenCalls()).toBe(1);

      clock.advance(1);
      await expect(wechat.getAccessToken()).resolves.toBe('tok-2');
      expect(fake.tokenCalls()).toBe(2);
    });

    it('reports token errors as unavailable and does not cache the failure', async () => {
      const wrongSecret = 'wrong-secret-abcdef';
      const broken = client({ appSecret: wrongSecret });
      const error = await expectAppError(broken.getAccessToken(), 'WECHAT_UNAVAILABLE', 503, [wrongSecret]);
      expect(error.detail).toContain('errcode 40013');
      await expectAppError(broken.getPhoneNumber('phone-ok'), 'WECHAT_UNAVAILABLE', 503, [wrongSecret, 'phone-ok']);
      expect(fake.tokenCalls()).toBe(2);

      await expect(client().getAccessToken()).resolves.toBe('tok-1');
    });
  });
});

describe('WechatClient access token shared between instances', () => {
  const redisUrl = process.env.TEST_REDIS_URL;
  let fake: FakeWechat;
  const connections: Redis[] = [];

  beforeEach(async () => {
    // An app id of its own, so its key in a shared Redis is not another run's.
    fake = await startFakeWechat({ appId: `wx${randomBytes(8).toString('hex')}` });
  });
  afterEach(async () => {
    for (const c of connections.splice(0)) c.disconnect();
    await fake.close();
  });

  /** One instance: its own Redis connection and its own WeChat client. */
  function instance(url: string, lockMs?: number): WechatClient {
    // A short disconnectTimeout: a refused connection leaves ioredis's close timer running otherwise.
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, disconnectTimeout: 50 });
    redis.on('error', () => undefined);
    connections.push(redis);
    return new WechatClient({
      baseUrl: fake.baseUrl,
      appId: fake.appId,
      appSecret: fake.appSecret,
      tokenStore: new RedisAccessTokenStore(redis, fake.appId, lockMs),
    });
  }

  (redisUrl ? it : it.skip)('fetches one token for all instances and refreshes it once (TEST_REDIS_URL)', async () => {
    const instances = [instance(redisUrl!), instance(redisUrl!), instance(redisUrl!)];
    const tokens = await Promise.all(instances.flatMap((w) => [w.getAccessToken(), w.getAccessToken()]));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(fake.tokenCalls()).toBe(1);

    // WeChat revokes it: every instance finds out, one refreshes, the others take the new one from Redis.
    fake.expireToken('tok-1');
    const phones = await Promise.all(instances.map((w) => w.getPhoneNumber('phone-ok')));
    expect(phones).toEqual(['13812345678', '13812345678', '13812345678']);
    expect(fake.tokenCalls()).toBe(2);
    await expect(Promise.all(instances.map((w) => w.getAccessToken()))).resolves.toEqual(['tok-2', 'tok-2', 'tok-2']);
    // A new instance starts with the shared token.
    await expect(instance(redisUrl!).getAccessToken()).resolves.toBe('tok-2');
    expect(fake.tokenCalls()).toBe(2);
  });

  it('falls back to a token of its own while Redis is unreachable', async () => {
    const wechat = instance(`redis://127.0.0.1:${await unusedPort()}`);
    await expect(wechat.getAccessToken()).resolves.toBe('tok-1');
    await expect(wechat.getPhoneNumber('phone-ok')).resolves.toBe('13812345678');
    expect(fake.tokenCalls()).toBe(1);
  });
});

/** A port nothing listens on: bind one, then let it go. */
async function unusedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  return port;
}
