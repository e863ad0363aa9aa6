import type { Bilingual } from '@ihaigui/shared';

/** How a deleted account's messages are signed in the conversations that stay. */
export const ERASED_AUTHOR = '已注销用户 / deleted user';

export const CONVERSATION_MESSAGES = {
  /** Staff messages are signed with the service station when the staff member has no display name. */
  staffName: '人才服务中心',
  newMessageTitle: (author: string): Bilingual => ({ zh: `${author}发来新消息`, en: `New message from ${author}` }),
  newMessageBody: (about: string, aboutEn: string): Bilingual => ({
    zh: `洽谈「${about}」有新消息，打开查看。`,
    en: `There is a new message in the conversation “${aboutEn}”. Open it to read.`,
  }),
};
