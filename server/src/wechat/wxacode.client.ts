import type { WechatClient } from './wechat.client';
import { describeErrcode, postWithAccessToken, wechatUnavailable } from './wxa-call';

export const WXACODE_CLIENT = Symbol('WXACODE_CLIENT');

export interface WxacodeRequest {
  /** What the code carries to the page (≤ 32 visible ASCII characters). */
  scene: string;
  /** Page the code opens, without a leading slash. */
  page: string;
}

export interface WxacodeImage {
  contentType: string;
  data: Buffer;
}

export interface Wxacode {
  getUnlimited(request: WxacodeRequest): Promise<WxacodeImage>;
}

export interface WxacodeOptions {
  baseUrl: string;
  envVersion: 'release' | 'trial' | 'develop';
  timeoutMs?: number;
}

/**
 * Mini-program codes (wxacode.getUnlimited): WeChat answers the image on success and JSON with an errcode on
 * failure. Without WeChat credentials there is no code to give: WECHAT_UNAVAILABLE.
 */
export class WxacodeClient implements Wxacode {
  constructor(
    private readonly wechat: WechatClient | null,
    private readonly options: WxacodeOptions,
  ) {}

  async getUnlimited(request: WxacodeRequest): Promise<WxacodeImage> {
    if (!this.wechat) throw wechatUnavailable('getwxacodeunlimit: WeChat is not configured');
    const reply = await postWithAccessToken(this.wechat, {
      baseUrl: this.options.baseUrl,
      endpoint: 'getwxacodeunlimit',
      path: '/wxa/getwxacodeunlimit',
      // check_path false: the page exists in every build, and a trial/develop build would otherwise be refused.
      body: { scene: request.scene, page: request.page, check_path: false, env_version: this.options.envVersion },
      timeoutMs: this.options.timeoutMs,
    });
    if (reply.kind === 'json') throw wechatUnavailable(describeErrcode('getwxacodeunlimit', reply.json));
    if (reply.data.length === 0) throw wechatUnavailable('getwxacodeunlimit: empty image');
    return { contentType: /^image\//i.test(reply.contentType) ? reply.contentType : 'image/png', data: reply.data };
  }
}
