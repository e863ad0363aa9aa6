import { Logger } from '@nestjs/common';
import type { Bilingual } from '@ihaigui/shared';
import type { WechatClient } from './wechat.client';
import { WECHAT_MESSAGES as M } from './wechat.messages';
import { describeErrcode, errcodeOf, postWithAccessToken, wechatUnavailable } from './wxa-call';

export const CONTENT_CHECK_CLIENT = Symbol('CONTENT_CHECK_CLIENT');

/** What the check says of a text: publishable after review, flagged for a person, or refused (with WeChat's label). */
export type ContentVerdict =
  { suggest: 'pass' } | { suggest: 'review'; reason: string } | { suggest: 'risky'; label: string; reason: Bilingual };

export interface ContentCheck {
  check(text: string, openid: string | null): Promise<ContentVerdict>;
}

export interface ContentCheckOptions {
  baseUrl: string;
  production: boolean;
  timeoutMs?: number;
}

/** msgSecCheck takes at most 2,500 characters per call. */
export const CONTENT_CHECK_MAX_CHARS = 2_500;
/** 3 = forum / post: the scene WeChat documents for user-written posts. */
const SCENE_POST = 3;

/** msgSecCheck labels, for logs and the staff audit trail. */
const LABELS: Record<number, string> = {
  100: 'normal',
  10001: 'advertising',
  20001: 'politics',
  20002: 'pornography',
  20003: 'abuse',
  20006: 'illegal',
  20008: 'fraud',
  20012: 'vulgar',
  20013: 'copyright',
  21000: 'other',
};

/** What the enterprise is told when its text is refused, by msgSecCheck label. */
const RISKY_REASONS: Record<number, Bilingual> = {
  10001: M.riskyAdvertising,
  20001: M.riskyPolitics,
  20002: M.riskyPornography,
  20003: M.riskyAbuse,
  20006: M.riskyIllegal,
  20008: M.riskyFraud,
  20012: M.riskyVulgar,
  20013: M.riskyCopyright,
};
const OTHER_REASON: Bilingual = M.riskyOther;

const SEVERITY: Record<ContentVerdict['suggest'], number> = { pass: 0, review: 1, risky: 2 };

/** Splits a text into pieces of at most `max` characters (whole code points). */
export function splitForCheck(text: string, max = CONTENT_CHECK_MAX_CHARS): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(''));
  return pieces.length ? pieces : [''];
}

/**
 * The WeChat text security check (msgSecCheck v2) on what users write before anyone else sees it.
 *
 * - The v2 API judges text in the context of the user who wrote it and needs their openid. A user who never signed
 *   in with WeChat (password accounts) has none: their text is not sent, and the verdict is "review", so staff read
 *   it before it is public.
 * - A text longer than one call allows goes in several calls; the strictest answer wins. Most postings take one.
 * - Without WeChat credentials the check passes everything outside production (development, demo) and refuses to
 *   work in production (WECHAT_UNAVAILABLE), so unchecked text can never go public there.
 */
export class ContentCheckClient implements ContentCheck {
  private readonly logger = new Logger('ContentCheck');

  constructor(
    private readonly wechat: WechatClient | null,
    private readonly options: ContentCheckOptions,
  ) {}

  async check(text: string, openid: string | null): Promise<ContentVerdict> {
    if (!this.wechat) {
      if (this.options.production) throw wechatUnavailable('msg_sec_check: WeChat is not configured');
      return { suggest: 'pass' };
    }
    if (!openid) return { suggest: 'review', reason: 'author has no WeChat openid' };
    let worst: ContentVerdict = { suggest: 'pass' };
    for (const piece of splitForCheck(text)) {
      const verdict = await this.checkOnce(this.wechat, piece, openid);
      if (SEVERITY[verdict.suggest] > SEVERITY[worst.suggest]) worst = verdict;
      if (worst.suggest === 'risky') break;
    }
    return worst;
  }

  private async checkOnce(wechat: WechatClient, content: string, openid: string): Promise<ContentVerdict> {
    const reply = await postWithAccessToken(wechat, {
      baseUrl: this.options.baseUrl,
      endpoint: 'msg_sec_check',
      path: '/wxa/msg_sec_check',
      body: { content, version: 2, scene: SCENE_POST, openid },
      timeoutMs: this.options.timeoutMs,
    });
    if (reply.kind !== 'json') throw wechatUnavailable('msg_sec_check: answer is not JSON');
    if (errcodeOf(reply.json) !== 0) throw wechatUnavailable(describeErrcode('msg_sec_check', reply.json));
    const result = reply.json.result as { suggest?: unknown; label?: unknown } | undefined;
    const label = typeof result?.label === 'number' ? result.label : null;
    const labelText = label === null ? 'unknown' : `${label} ${LABELS[label] ?? 'other'}`;
    switch (result?.suggest) {
      case 'pass':
        return { suggest: 'pass' };
      case 'review':
        return { suggest: 'review', reason: `label ${labelText}` };
      case 'risky':
        this.logger.log({ label }, 'text refused by the content check');
        return { suggest: 'risky', label: labelText, reason: (label !== null && RISKY_REASONS[label]) || OTHER_REASON };
      default:
        throw wechatUnavailable('msg_sec_check: answer has no result.suggest');
    }
  }
}
