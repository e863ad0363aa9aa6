import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** Why WeChat's content check refused a text, as the author is told, by msgSecCheck label. */
export const WECHAT_MESSAGES = {
  riskyAdvertising: { zh: '含有广告营销内容', en: 'it reads as advertising' },
  riskyPolitics: { zh: '含有时政敏感内容', en: 'it touches on sensitive political content' },
  riskyPornography: { zh: '含有色情内容', en: 'it contains sexual content' },
  riskyAbuse: { zh: '含有辱骂内容', en: 'it contains abusive language' },
  riskyIllegal: { zh: '含有违法犯罪内容', en: 'it mentions illegal activity' },
  riskyFraud: { zh: '含有欺诈内容', en: 'it looks like a scam' },
  riskyVulgar: { zh: '含有低俗内容', en: 'it contains vulgar content' },
  riskyCopyright: { zh: '含有侵权内容', en: 'it may infringe copyright' },
  /** Any other label. */
  riskyOther: { zh: '含有不适宜发布的内容', en: 'it contains content that cannot be published' },
} satisfies MessageCatalogue;
