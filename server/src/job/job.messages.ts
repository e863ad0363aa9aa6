import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** What the job feature tells organisations about their positions; `title` is the position's quoted title. */
export const JOB_MESSAGES = {
  /** For the moderation review outcome. */
  noun: { zh: '岗位', en: 'Position' },
  nowOpen: { zh: '现已向人才公开', en: 'is now open to talents' },

  /** `label` is the "expired" close reason's label. */
  closedTitle: (label: Bilingual) => ({ zh: `岗位${label.zh}`, en: `Position ${label.en.toLowerCase()}` }),
  closedBody: (title: Bilingual) => ({
    zh: `${title.zh}已到截止日期，已自动关闭，不再接收投递。如仍需招聘，可重新发布。`,
    en: `${title.en} reached its closing date and was closed; it no longer takes applications. Post it again if you are still hiring.`,
  }),

  expiringTitle: { zh: '岗位即将到期', en: 'Position closing soon' },
  expiringBody: (title: Bilingual, expiresOn: string) => ({
    zh: `${title.zh}将于${expiresOn}到期并自动关闭。`,
    en: `${title.en} closes on ${expiresOn}.`,
  }),
  expiringExtendableBody: (title: Bilingual, expiresOn: string) => ({
    zh: `${title.zh}将于${expiresOn}到期并自动关闭。如仍在招聘，可延期一次。`,
    en: `${title.en} closes on ${expiresOn}. If you are still hiring, you can extend it once.`,
  }),
} satisfies MessageCatalogue;
