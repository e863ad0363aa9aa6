import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for api.weixin.qq.com: same paths, same JSON shapes, and like WeChat it answers HTTP 200 with an errcode
 * on errors. What it answers is scripted by the code the test sends:
 *
 * jscode2session js_code: 'ok-…' → openid derived from the code (unionid too for 'ok-union-…'); 'invalid' → 40029;
 *   'used' → 40163; 'ratelimit' → 45011; 'blocked' → 40226; 'busy' → -1; 'slow' → no answer for 10 s;
 *   'broken' → HTTP 500 with HTML; 'garbage' → HTTP 200 that is not JSON; anything else → 40029.
 * getuserphonenumber code: 'phone-ok' → 13812345678; 'phone-invalid' → 40029; 'phone-ratelimit' → 45011.
 * subscribe/send: errcode 0, or 43101 (user refused / no quota) for openids passed to refuseSubscribe(); every
 *   message received is kept in subscribeMessages; failSubscribe(n) answers the next n with -1 (system busy) instead.
 * msg_sec_check (v2): suggest 'pass', unless the content holds a marker: 'marker-review' → 'review' (label 10001),
 *   'marker-risky' → 'risky' (label 20008), 'marker-broken' → errcode -1; a missing openid → 40003.
 * getwxacodeunlimit: a PNG image, unless the scene is longer than 32 characters (40169) or holds 'c=wxerr' (45009).
 */
export interface FakeWechat {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Every request received, in order (query includes the secret: it is what the real API receives). */
  requests: FakeWechatRequest[];
  /** How many times /cgi-bin/token was called, successful or not. */
  tokenCalls(): number;
  /** From now on this access token is answered with 42001 (access_token expired). */
  expireToken(token: string): void;
  /** Bodies of subscribe messages WeChat accepted or refused, in order. */
  subscribeMessages: Array<Record<string, unknown>>;
  /** From now on subscribe messages to this openid are answered with 43101. */
  refuseSubscribe(openid: string): void;
  /** The next `times` subscribe messages are answered with errcode -1 (system busy) and not kept. */
  failSubscribe(times: number): void;
  /** Every content-check request body (content, version, scene, openid), in order. */
  contentChecks: Array<Record<string, unknown>>;
  /** Every mini-program code request body (scene, page, check_path, env_version), in order. */
  wxacodes: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface FakeWechatRequest {
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

export interface FakeWechatOptions {
  appId?: string;
  appSecret?: string;
}

interface Reply {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** A 1×1 PNG: what the fake hands out as a mini-program code. */
export const FAKE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const SLOW_REPLY_MS = 10_000;

/** The openid the fake hands out for a login code, so tests can predict it. */
export function fakeOpenid(code: string): string {
  return `o_${sha256(code).slice(0, 20)}`;
}

export function fakeUnionid(code: string): string {
  return `u_${sha256(code).slice(0, 20)}`;
}

export async function startFakeWechat(options: FakeWechatOptions = {}): Promise<FakeWechat> {
  const appId = options.appId ?? 'wx0123456789abcdef';
  // Random per server, so a test can search logs and errors for it without false hits.
  const appSecret = options.appSecret ?? `secret-${randomBytes(12).toString('hex')}`;
  const requests: FakeWechatRequest[] = [];
  const issuedTokens = new Set<string>();
  const expiredTokens = new Set<string>();
  const slowTimers = new Set<NodeJS.Timeout>();
  const subscribeMessages: Array<Record<string, unknown>> = [];
  const refusingOpenids = new Set<string>();
  const contentChecks: Array<Record<string, unknown>> = [];
  const wxacodes: Array<Record<string, unknown>> = [];
  let tokenCalls = 0;
  let subscribeFailures = 0;

  const credentialsOk = (query: Record<string, string>) => query.appid === appId && query.secret === appSecret;

  function jscode2session(query: Record<string, string>): Reply | 'slow' {
    if (!credentialsOk(query)) return wechatError(40013, 'invalid appid');
    if (query.grant_type !== 'authorization_code') return wechatError(40002, 'invalid grant_type');
    const code = query.js_code ?? '';
    if (code.startsWith('ok-')) {
      const session: Record<string, string> = {
        session_key: `sk-${sha256(`sk:${code}`).slice(0, 24)}`,
        openid: fakeOpenid(code),
      };
      if (code.startsWith('ok-union-')) session.unionid = fakeUnionid(code);
      // WeChat labels this JSON as text/plain; clients must not rely on the content type.
      return { status: 200, contentType: 'text/plain', body: JSON.stringify(session) };
    }
    switch (code) {
      case 'used':
        return wechatError(40163, 'code been used');
      case 'ratelimit':
        return wechatError(45011, 'api minute-quota reach limit  mustslower  retry next minute');
      case 'blocked':
        return wechatError(40226, 'high risk user');
      case 'busy':
        return wechatError(-1, 'system error');
      case 'slow':
        return 'slow';
      case 'broken':
        return {
          status: 500,
          contentType: 'text/html',
          body: '<html><body><h1>500 Internal Server Error</h1></body></html>',
        };
      case 'garbage':
        return { status: 200, contentType: 'text/html', body: '<html>maintenance</html>' };
      default:
        return wechatError(40029, 'invalid code');
    }
  }

  function token(query: Record<string, string>): Reply {
    tokenCalls += 1;
    if (query.grant_type !== 'client_credential') return wechatError(40002, 'invalid grant_type');
    if (!credentialsOk(query)) return wechatError(40013, 'invalid appid');
    const value = `tok-${issuedTokens.size + 1}`;
    issuedTokens.add(value);
    return json({ access_token: value, expires_in: 7200 });
  }

  function getUserPhoneNumber(method: string, query: Record<string, string>, body: unknown): Reply {
    if (method !== 'POST') return wechatError(43002, 'require POST method');
    const accessToken = query.access_token;
    if (!accessToken) return wechatError(41001, 'access_token missing');
    if (expiredTokens.has(accessToken)) return wechatError(42001, 'access_token expired');
    if (!issuedTokens.has(accessToken))
      return wechatError(40001, 'invalid credential, access_token is invalid or not latest');
    const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
    switch (code) {
      case 'phone-ok':
        return json({
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: '13812345678',
            purePhoneNumber: '13812345678',
            countryCode: '86',
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: appId },
          },
        });
      case 'phone-ratelimit':
        return wechatError(45011, 'api minute-quota reach limit  mustslower  retry next minute');
      default:
        return wechatError(40029, 'invalid code');
    }
  }

  function subscribeSend(method: string, query: Record<string, string>, body: unknown): Reply {
    if (method !== 'POST') return wechatError(43002, 'require POST method');
    const accessToken = query.access_token;
    if (!accessToken) return wechatError(41001, 'access_token missing');
    if (expiredTokens.has(accessToken)) return wechatError(42001, 'access_token expired');
    if (!issuedTokens.has(accessToken))
      return wechatError(40001, 'invalid credential, access_token is invalid or not latest');
    if (typeof body !== 'object' || body === null) return wechatError(47001, 'data format error');
    const message = body as Record<string, unknown>;
    if (typeof message.touser !== 'string' || typeof message.template_id !== 'string')
      return wechatError(40003, 'invalid openid');
    if (subscribeFailures > 0) {
      subscribeFailures -= 1;
      return wechatError(-1, 'system error');
    }
    subscribeMessages.push(message);
    if (refusingOpenids.has(message.touser)) return wechatError(43101, 'user refuse to accept the msg');
    return json({ errcode: 0, errmsg: 'ok', msgid: subscribeMessages.length });
  }

  /** The access token check every server API does first; null when the token is good. */
  function tokenProblem(method: string, query: Record<string, string>): Reply | null {
    if (method !== 'POST') return wechatError(43002, 'require POST method');
    const accessToken = query.access_token;
    if (!accessToken) return wechatError(41001, 'access_token missing');
    if (expiredTokens.has(accessToken)) return wechatError(42001, 'access_token expired');
    if (!issuedTokens.has(accessToken))
      return wechatError(40001, 'invalid credential, access_token is invalid or not latest');
    return null;
  }

  function msgSecCheck(method: string, query: Record<string, string>, body: unknown): Reply {
    const problem = tokenProblem(method, query);
    if (problem) return problem;
    if (typeof body !== 'object' || body === null) return wechatError(47001, 'data format error');
    const request = body as Record<string, unknown>;
    contentChecks.push(request);
    if (typeof request.openid !== 'string' || !request.openid) return wechatError(40003, 'invalid openid');
    const content = typeof request.content === 'string' ? request.content : '';
    if (content.includes('marker-broken')) return wechatError(-1, 'system error');
    const [suggest, label] = content.includes('marker-risky')
      ? ['risky', 20008]
      : content.includes('marker-review')
        ? ['review', 10001]
        : ['pass', 100];
    return json({
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
      trace_id: randomBytes(8).toString('hex'),
    });
  }

  function getWxacodeUnlimit(method: string, query: Record<string, string>, body: unknown): Reply {
    const problem = tokenProblem(method, query);
    if (problem) return problem;
    if (typeof body !== 'object' || body === null) return wechatError(47001, 'data format error');
    const request = body as Record<string, unknown>;
    wxacodes.push(request);
    const scene = typeof request.scene === 'string' ? request.scene : '';
    if (!scene || scene.length > 32) return wechatError(40169, 'invalid length for scene');
    if (scene.includes('c=wxerr')) return wechatError(45009, 'reach max api daily quota limit');
    return { status: 200, contentType: 'image/png', body: FAKE_PNG };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake-wechat');
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const entry: FakeWechatRequest = { path: url.pathname, query };
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      entry.body = body;
    }
    requests.push(entry);

    let reply: Reply | 'slow';
    if (url.pathname === '/sns/jscode2session') reply = jscode2session(query);
    else if (url.pathname === '/cgi-bin/token') reply = token(query);
    else if (url.pathname === '/wxa/business/getuserphonenumber') {
      reply =
        typeof body === 'string'
          ? wechatError(47001, 'data format error')
          : getUserPhoneNumber(req.method ?? 'GET', query, body);
    } else if (url.pathname === '/cgi-bin/message/subscribe/send')
      reply = subscribeSend(req.method ?? 'GET', query, body);
    else if (url.pathname === '/wxa/msg_sec_check') reply = msgSecCheck(req.method ?? 'GET', query, body);
    else if (url.pathname === '/wxa/getwxacodeunlimit') reply = getWxacodeUnlimit(req.method ?? 'GET', query, body);
    else reply = { status: 404, contentType: 'text/plain', body: 'not found' };

    if (reply === 'slow') {
      // Hold the connection well past any sane client timeout; close() cancels the timer.
      const timer = setTimeout(() => {
        slowTimers.delete(timer);
        send(res, wechatError(-1, 'system error'));
      }, SLOW_REPLY_MS);
      slowTimers.add(timer);
      return;
    }
    send(res, reply);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => send(res, { status: 500, contentType: 'text/plain', body: 'fake-wechat failed' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    requests,
    tokenCalls: () => tokenCalls,
    expireToken: (t) => {
      expiredTokens.add(t);
    },
    subscribeMessages,
    refuseSubscribe: (openid) => {
      refusingOpenids.add(openid);
    },
    failSubscribe: (times) => {
      subscribeFailures = times;
    },
    contentChecks,
    wxacodes,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of slowTimers) clearTimeout(timer);
        slowTimers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // fetch keeps connections alive, and 'slow' requests hold theirs open: drop them so close() finishes now.
        server.closeAllConnections();
      }),
  };
}

function wechatError(errcode: number, errmsg: string): Reply {
  // Real errmsgs end with a request id, e.g. "invalid code, rid: 65f1c2a3-…".
  return json({ errcode, errmsg: `${errmsg}, rid: ${randomBytes(6).toString('hex')}` });
}

function json(value: unknown): Reply {
  return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

function send(res: http.ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, { 'content-type': reply.contentType });
  res.end(reply.body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
