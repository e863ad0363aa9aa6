import { AppException } from '../common/errors/app.exception';
import type { WechatClient } from './wechat.client';

/** What WeChat answered: JSON (an object, maybe with an errcode) or binary data (e.g. an image). */
export type WxaReply =
  { kind: 'json'; json: Record<string, unknown> } | { kind: 'binary'; contentType: string; data: Buffer };

export interface WxaCallOptions {
  /** e.g. https://api.weixin.qq.com */
  baseUrl: string;
  /** Name used in error details, e.g. "msg_sec_check". */
  endpoint: string;
  /** e.g. /wxa/msg_sec_check */
  path: string;
  body: Record<string, unknown>;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;
/** access_token invalid (40001) or expired (42001): worth one retry with a fresh token. */
const TOKEN_REJECTED = new Set([40001, 42001]);

export function wechatUnavailable(detail: string): AppException {
  return new AppException('WECHAT_UNAVAILABLE', 503, detail.slice(0, 300));
}

/**
 * POSTs JSON to a WeChat server API that takes the app's access token, refreshing the token once when WeChat says
 * it was revoked or expired. Network failures, timeouts and HTTP errors become WECHAT_UNAVAILABLE; an errcode in a
 * JSON answer is left to the caller. The token never appears in an error detail.
 */
export async function postWithAccessToken(wechat: WechatClient, options: WxaCallOptions): Promise<WxaReply> {
  const token = await wechat.getAccessToken();
  const first = await post(options, token);
  if (first.kind !== 'json' || !TOKEN_REJECTED.has(errcodeOf(first.json))) return first;
  await wechat.dropToken(token);
  return post(options, await wechat.getAccessToken());
}

/** 0 when absent (success replies often omit it); a non-numeric errcode counts as an unknown error. */
export function errcodeOf(json: Record<string, unknown>): number {
  const errcode = json.errcode;
  if (errcode === undefined || errcode === null) return 0;
  return typeof errcode === 'number' && Number.isFinite(errcode) ? errcode : -1;
}

/** "errcode 45009 reach max api daily quota limit" for a log line (errmsg trimmed). */
export function describeErrcode(endpoint: string, json: Record<string, unknown>): string {
  const errmsg = typeof json.errmsg === 'string' ? json.errmsg : '';
  return `${endpoint}: errcode ${errcodeOf(json)} ${errmsg}`.trim();
}

async function post(options: WxaCallOptions, token: string): Promise<WxaReply> {
  const url = new URL(options.baseUrl.replace(/\/+$/, '') + options.path);
  url.searchParams.set('access_token', token);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let status: number;
  let contentType: string;
  let data: Buffer;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    contentType = response.headers.get('content-type') ?? '';
    data = Buffer.from(await response.arrayBuffer());
  } catch (e) {
    const name = (e as { name?: unknown })?.name;
    const cause = (e as { cause?: { code?: unknown } })?.cause?.code;
    const reason =
      name === 'TimeoutError'
        ? `timed out after ${timeoutMs} ms`
        : `request failed${typeof cause === 'string' ? ` (${cause})` : ''}`;
    throw wechatUnavailable(`${options.endpoint}: ${reason}`);
  }
  if (status < 200 || status >= 300) throw wechatUnavailable(`${options.endpoint}: HTTP ${status}`);
  // WeChat labels some JSON as text/plain; an answer that starts like a JSON object is read as one.
  if (/json|text\/plain/i.test(contentType) || data.subarray(0, 1).toString() === '{') {
    try {
      const value: unknown = JSON.parse(data.toString('utf8'));
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return { kind: 'json', json: value as Record<string, unknown> };
    } catch {
      // not JSON after all
    }
    if (/json/i.test(contentType))
      throw wechatUnavailable(`${options.endpoint}: HTTP ${status} with a body that is not a JSON object`);
  }
  return { kind: 'binary', contentType, data };
}
