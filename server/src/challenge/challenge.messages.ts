import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** What the challenge feature tells organisations and talents; `title` is the challenge's quoted title. */
export const CHALLENGE_MESSAGES = {
  /** For the moderation review outcome. */
  noun: { zh: '榜单', en: 'Challenge' },
  nowOpen: { zh: '现已公开张榜', en: 'is now open to talents' },

  closedTitle: { zh: '揭榜结果：榜单已结束', en: 'Challenge closed' },
  closedBody: (org: string, title: Bilingual) => ({
    zh: `${org}已结束榜单${title.zh}，未选定方案。感谢您的参与！`,
    en: `${org} closed the challenge ${title.en} without picking a response. Thank you for taking part!`,
  }),

  responseReceivedTitle: { zh: '收到新的揭榜方案', en: 'New response to a challenge' },
  responseReceivedBody: (name: string, title: Bilingual) => ({
    zh: `${name}揭榜了${title.zh}。`,
    en: `${name} responded to ${title.en}.`,
  }),

  responseWithdrawnTitle: { zh: '揭榜方案已撤回', en: 'Response withdrawn' },
  responseWithdrawnBody: (name: string, title: Bilingual) => ({
    zh: `${name}撤回了对${title.zh}的揭榜方案。`,
    en: `${name} withdrew their response to ${title.en}.`,
  }),

  shortlistedTitle: { zh: '揭榜进展：方案入围', en: 'Your response was shortlisted' },
  shortlistedBody: (org: string, title: Bilingual) => ({
    zh: `${org}已将您对${title.zh}的揭榜方案列入入围名单。`,
    en: `${org} shortlisted your response to ${title.en}.`,
  }),

  pickedTitle: { zh: '揭榜结果：方案中选', en: 'Your response was picked' },
  pickedBody: (org: string, title: Bilingual) => ({
    zh: `恭喜！${org}选中了您对${title.zh}的揭榜方案，并向您发起了对接意向。`,
    en: `Congratulations! ${org} picked your response to ${title.en} and proposed an intention to you.`,
  }),

  notPickedTitle: { zh: '揭榜结果：未中选', en: 'Your response was not picked' },
  notPickedBody: (org: string, title: Bilingual) => ({
    zh: `${org}已为${title.zh}选定其他方案，您的揭榜方案未中选。感谢您的参与！`,
    en: `${org} picked another response to ${title.en}; yours was not picked. Thank you for taking part!`,
  }),
} satisfies MessageCatalogue;
