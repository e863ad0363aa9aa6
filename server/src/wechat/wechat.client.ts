import { Logger } from '@nestjs/common';
import type { ErrorCode } from '@ihaigui/shared';
import { type Clock, systemClock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import type { CachedAccessToken, SharedAccessTokenStore } from './shared-access-token';

export const WECHAT_CLIENT = Symbol('WECHAT_CLIENT');

export interface WechatClientOptions {
  /** e.g. https://api.weixin.qq.com; tests point it at a fake server. */
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs?: number;
  clock?: Clock;
  /** Shares the access token between instances (Redis); without it each process keeps its own. */
  tokenStore?: SharedAccessTokenStore | null;
}

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

type Json = Record<string, unknown>;
type Failure = readonly [code: ErrorCode, statusCode: number];

const DEFAULT_TIMEOUT_MS = 5_000;
/** Refresh the access token this long before WeChat says it expires, so it never dies on the way to WeChat. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

const CODE_INVALID: Failure = ['WECHAT_CODE_INVALID', 400];
const RATE_LIMITED: Failure = ['WECHAT_RATE_LIMITED', 429];
const USER_BLOCKED: Failure = ['WECHAT_USER_BLOCKED', 403];

/** errcodes the user can act on; every other errcode means WeChat (or our setup) is broken → WECHAT_UNAVAILABLE. */
const SESSION_FAILURES: ReadonlyMap<number, Failure> = new Map([
  [40029, CODE_INVALID], // invalid code
  [40163, CODE_INVALID], // code been used
  [45011, RATE_LIMITED], // api minute-quota reach limit
  [40226, USER_BLOCKED], // high risk user
]);
const PHONE_FAILURES: ReadonlyMap<number, Failure> = new Map([
  [40029, CODE_INVALID],
  [45011, RATE_LIMITED],
]);
/** A bad app id/secret or IP whitelist is our misconfiguration, not the user's fault: all token errors are "unavailable". */
const TOKEN_FAILURES: ReadonlyMap<number, Failure> = new Map();
/** access_token invalid (40001) or expired (42001): worth one retry with a fresh token. */
const TOKEN_REJECTED = new Set([40001, 42001]);

/**
 * HTTP client for the WeChat mini-program server APIs.
 *
 * Secrets (app secret, session_key, login/phone codes, access tokens) never appear in an exception's detail,
 * since details end up in logs.
 */
export class WechatClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private cachedToken: { value: string; refreshAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;
  private readonly logger = new Logger('Wechat');
  private storeFailing = false;

  constructor(private readonly options: WechatClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.clock = options.clock ?? systemClock;
  }

  /** Exchanges a wx.login code for the user's ids. The session_key WeChat also returns is dropped here on purpose. */
  async code2Session(code: string): Promise<WechatSession> {
    const url = this.url('/sns/jscode2session', {
      appid: this.options.appId,
      secret: this.options.appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    const json = await this.send('jscode2session', url, undefined, [code]);
    this.throwOnErrcode('jscode2session', json, SESSION_FAILURES, [code]);
    const { openid, unionid } = json;
    if (!isNonEmptyString(openid)) throw unavailable('jscode2session: response has no openid');
    return { openid, unionid: isNonEmptyString(unionid) ? unionid : null };
  }

  /** The app-wide access token, cached until shortly before expiry; concurrent callers share one request. */
  getAccessToken(): Promise<string> {
    const cached = this.cachedToken;
    if (cached && this.clock.now().getTime() < cached.refreshAt) return Promise.resolve(cached.value);
    // WeChat caps token calls per day and each call invalidates older tokens soon after, so a burst of callers
    // after expiry must cost exactly one call.
    this.tokenRequest ??= this.obtainAccessToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  /** Exchanges a getPhoneNumber button code for the phone number without country code. */
  async getPhoneNumber(code: string): Promise<string> {
    const token = await this.getAccessToken();
    const first = await this.requestPhoneNumber(token, code);
    if (!TOKEN_REJECTED.has(errcodeOf(first))) return this.readPhoneNumber(first, code);
    // Our cached token was revoked early (e.g. another process fetched a new one): refresh once, then give up.
    await this.dropToken(token);
    const retry = await this.requestPhoneNumber(await this.getAccessToken(), code);
    return this.readPhoneNumber(retry, code);
  }

  /**
   * With a shared store: the token another instance keeps there, or one fetched under its lock. When the store
   * itself fails (Redis away) this process fetches its own, as it does without a store.
   */
  private async obtainAccessToken(): Promise<string> {
    const store = this.options.tokenStore;
    if (store) {
      try {
        const shared = await store.obtain(
          () => this.clock.now().getTime(),
          () => this.fetchAccessToken(),
        );
        this.cachedToken = shared;
        if (this.storeFailing) this.logger.log('shared access token store is back');
        this.storeFailing = false;
        return shared.value;
      } catch (e) {
        // WeChat's own failures (and waiting too long for another instance) are the caller's answer.
        if (e instanceof AppException) throw e;
        if (!this.storeFailing)
          this.logger.warn(
            { err: { message: (e as Error)?.message } },
            'shared access token store unavailable; using a token of this process',
          );
        this.storeFailing = true;
      }
    }
    const own = await this.fetchAccessToken();
    this.cachedToken = own;
    return own.value;
  }

  private async fetchAccessToken(): Promise<CachedAccessToken> {
    const url = this.url('/cgi-bin/token', {
      grant_type: 'client_credential',
      appid: this.options.appId,
      secret: this.options.appSecret,
    });
    const json = await this.send('token', url, undefined, []);
    this.throwOnErrcode('token', json, TOKEN_FAILURES, []);
    const { access_token: token, expires_in: expiresIn } = json;
    if (!isNonEmptyString(token) || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
      throw unavailable('token: response has no access_token/expires_in');
    }
    return { value: token, refreshAt: this.clock.now().getTime() + expiresIn * 1000 - TOKEN_REFRESH_MARGIN_MS };
  }

  /** Forgets the token unless a concurrent caller (or another instance) has already replaced it with a fresh one. */
  async dropToken(token: string): Promise<void> {
    if (this.cachedToken?.value === token) this.cachedToken = null;
    await this.options.tokenStore?.drop(token).catch(() => undefined);
  }

  private requestPhoneNumber(token: string, code: string): Promise<Json> {
    const url = this.url('/wxa/business/getuserphonenumber', { access_token: token });
    return this.send('getuserphonenumber', url, { code }, [code, token]);
  }

  private readPhoneNumber(json: Json, code: string): string {
    this.throwOnErrcode('getuserphonenumber', json, PHONE_FAILURES, [code]);
    const info = json.phone_info;
    const phone = isObject(info) ? info.purePhoneNumber : undefined;
    if (!isNonEmptyString(phone)) throw unavailable('getuserphonenumber: response has no phone_info.purePhoneNumber');
    return phone;
  }

  private url(path: string, query: Record<string, string>): URL {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url;
  }

  /**
   * One round trip: GET, or POST with a JSON body. Resolves with WeChat's JSON object (which may carry an errcode);
   * anything else — network error, timeout, HTTP error, non-JSON — becomes WECHAT_UNAVAILABLE.
   */
  private async send(endpoint: string, url: URL, body: Json | undefined, secrets: string[]): Promise<Json> {
    const redact = (text: string) => this.redact(text, secrets);
    let status: number;
    let text: string;
    try {
      // The signal covers reading the body too, so a server that stalls mid-response also times out.
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (e) {
      throw unavailable(redact(`${endpoint}: ${describeFetchError(e, this.timeoutMs)}`));
    }
    if (status < 200 || status >= 300) throw unavailable(`${endpoint}: HTTP ${status}`);
    const json = parseJsonObject(text);
    if (!json) throw unavailable(`${endpoint}: HTTP ${status} with a body that is not a JSON object`);
    return json;
  }

  private throwOnErrcode(
    endpoint: string,
    json: Json,
    failures: ReadonlyMap<number, Failure>,
    secrets: string[],
  ): void {
    const errcode = errcodeOf(json);
    if (errcode === 0) return;
    const errmsg = typeof json.errmsg === 'string' ? json.errmsg : '';
    const detail = this.redact(`${endpoint}: errcode ${errcode} ${errmsg}`.trim(), secrets);
    const failure = failures.get(errcode);
    throw failure ? new AppException(failure[0], failure[1], detail) : unavailable(detail);
  }

  /** WeChat's errmsg and Node's error texts are not ours; strip anything secret before it reaches a log. */
  private redact(text: string, secrets: string[]): string {
    let result = text;
    for (const secret of [this.options.appSecret, ...secrets]) {
      if (secret) result = result.split(secret).join('[redacted]');
    }
    return result.slice(0, 300);
  }
}

function unavailable(detail: string): AppException {
  return new AppException('WECHAT_UNAVAILABLE', 503, detail);
}

/** 0 when absent (success replies often omit it); a non-numeric errcode counts as an unknown error. */
function errcodeOf(json: Json): number {
  const errcode = json.errcode;
  if (errcode === undefined || errcode === null) return 0;
  return typeof errcode === 'number' && Number.isFinite(errcode) ? errcode : -1;
}

function describeFetchError(e: unknown, timeoutMs: number): string {
  // Duck-typed rather than instanceof: the timeout is a DOMException, which is not an Error in every realm.
  if (!isObject(e)) return 'request failed';
  const name = typeof e.name === 'string' ? e.name : 'Error';
  if (name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  // undici reports connection problems as TypeError('fetch failed') with the system error as cause.
  const message = typeof e.message === 'string' ? e.message : 'request failed';
  const cause = e.cause;
  const reason = !isObject(cause)
    ? ''
    : typeof cause.code === 'string'
      ? cause.code
      : typeof cause.message === 'string'
        ? cause.message
        : '';
  return reason ? `${name}: ${message} (${reason})` : `${name}: ${message}`;
}

function parseJsonObject(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
