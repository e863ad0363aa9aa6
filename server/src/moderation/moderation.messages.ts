import type { Bilingual, NotificationKind } from '@ihaigui/shared';
import type { NotificationMessage } from '../notification/notification.service';

/** What an organisation reads when staff approve or reject something it posted (a position, a challenge…). */
export function reviewOutcomeMessage(input: {
  kind: NotificationKind;
  /** The thing reviewed, e.g. { zh: '岗位', en: 'Position' }. */
  noun: Bilingual;
  title: Bilingual;
  /** What approval means for it, e.g. { zh: '现已向人才公开', en: 'is now open to talents' }. */
  nowOpen: Bilingual;
  approved: boolean;
  reason: string | null;
  link: NotificationMessage['link'];
}): NotificationMessage {
  const { kind, noun, title, nowOpen, link } = input;
  if (input.approved) {
    return {
      kind,
      title: { zh: `${noun.zh}已通过审核`, en: `${noun.en} approved` },
      body: { zh: `${title.zh}已通过审核，${nowOpen.zh}。`, en: `${title.en} has been approved and ${nowOpen.en}.` },
      link,
    };
  }
  return {
    kind,
    title: { zh: `${noun.zh}未通过审核`, en: `${noun.en} not approved` },
    body: {
      zh: `${title.zh}未通过审核：${input.reason}。修改后可重新提交。`,
      en: `${title.en} was not approved: ${input.reason}. You can edit it and submit it again.`,
    },
    link,
  };
}
