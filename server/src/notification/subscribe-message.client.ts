import type { WechatClient } from '../wechat/wechat.client';
import { errcodeOf, postWithAccessToken } from '../wechat/wxa-call';

/** What subscribeMessage.send needs: who, which template, the page the card opens and the template's fields. */
export interface SubscribeMessage {
  openid: string;
  templateId: string;
  /** Mini-app page with its query string, e.g. packages/job/application/index?id=7 */
  page: string | null;
  data: Record<string, string>;
  lang: 'zh_CN' | 'en_US';
}

/**
 * - sent: WeChat accepted the message.
 * - refused: the user turned the template down or has no message left (43101); not an error.
 * - failed: anything else (network, WeChat error); the caller logs it and carries on.
 */
export type SubscribeOutcome = { kind: 'sent' } | { kind: 'refused' } | { kind: 'failed'; reason: string };

type MiniprogramState = 'formal' | 'trial' | 'developer';

const USER_REFUSED = 43101;

/** The mini-program build a message card opens, in subscribeMessage.send's words. */
export function miniprogramStateOf(envVersion: 'release' | 'trial' | 'develop'): MiniprogramState {
  return envVersion === 'release' ? 'formal' : envVersion === 'trial' ? 'trial' : 'developer';
}

/** Client for subscribeMessage.send; uses the app-wide access token the WeChat client caches (refreshed once if revoked). */
export class SubscribeMessageClient {
  constructor(
    private readonly baseUrl: string,
    private readonly wechat: WechatClient,
    private readonly state: MiniprogramState,
  ) {}

  async send(message: SubscribeMessage): Promise<SubscribeOutcome> {
    const body: Record<string, unknown> = {
      touser: message.openid,
      template_id: message.templateId,
      data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
      miniprogram_state: this.state,
      lang: message.lang,
    };
    if (message.page) body.page = message.page;
    try {
      const reply = await postWithAccessToken(this.wechat, {
        baseUrl: this.baseUrl,
        endpoint: 'subscribe_send',
        path: '/cgi-bin/message/subscribe/send',
        body,
      });
      if (reply.kind !== 'json') return { kind: 'failed', reason: 'answer is not JSON' };
      const errcode = errcodeOf(reply.json);
      if (errcode === 0) return { kind: 'sent' };
      if (errcode === USER_REFUSED) return { kind: 'refused' };
      // errmsg is left out: WeChat may echo the openid in it.
      return { kind: 'failed', reason: `errcode ${errcode}` };
    } catch (e) {
      // Transport problems arrive as WECHAT_UNAVAILABLE with a detail that holds no token or personal data.
      const err = e as { code?: string; detail?: string };
      return { kind: 'failed', reason: String(err?.detail ?? err?.code ?? 'request failed').slice(0, 120) };
    }
  }
}
