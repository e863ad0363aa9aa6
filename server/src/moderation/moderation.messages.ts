import type { Bilingual, NotificationKind } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';
import type { NotificationMessage } from '../notification/notification.service';

/** The review outcome: `noun` names the kind of content, `title` is the item's quoted title. */
export const MODERATION_MESSAGES = {
  approvedTitle: (noun: Bilingual) => ({ zh: `${noun.zh}已通过审核`, en: `${noun.en} approved` }),
  /** `nowOpen` says what approval means for it. */
  approvedBody: (title: Bilingual, nowOpen: Bilingual) => ({
    zh: `${title.zh}已通过审核，${nowOpen.zh}。`,
    en: `${title.en} has been approved and ${nowOpen.en}.`,
  }),
  rejectedTitle: (noun: Bilingual) => ({ zh: `${noun.zh}未通过审核`, en: `${noun.en} not approved` }),
  rejectedBody: (title: Bilingual, reason: string | null) => ({
    zh: `${title.zh}未通过审核：${reason}。修改后可重新提交。`,
    en: `${title.en} was not approved: ${reason}. You can edit it and submit it again.`,
  }),
} satisfies MessageCatalogue;

/** What an organisation reads when staff approve or reject something it posted (a position, a challenge…). */
export function reviewOutcomeMessage(input: {
  kind: NotificationKind;
  /** The thing reviewed, e.g. 岗位 / Position. */
  noun: Bilingual;
  title: Bilingual;
  /** What approval means for it, e.g. 现已向人才公开 / is now open to talents. */
  nowOpen: Bilingual;
  approved: boolean;
  reason: string | null;
  link: NotificationMessage['link'];
}): NotificationMessage {
  const { kind, noun, title, nowOpen, link } = input;
  if (input.approved) {
    return {
      kind,
      title: MODERATION_MESSAGES.approvedTitle(noun),
      body: MODERATION_MESSAGES.approvedBody(title, nowOpen),
      link,
    };
  }
  return {
    kind,
    title: MODERATION_MESSAGES.rejectedTitle(noun),
    body: MODERATION_MESSAGES.rejectedBody(title, input.reason),
    link,
  };
}
