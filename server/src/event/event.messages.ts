import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** What the event feature tells registrants and project owners; `event` is the event's quoted title. */
export const EVENT_MESSAGES = {
  cancelledTitle: { zh: '活动已取消', en: 'Event cancelled' },
  cancelledBody: (event: Bilingual) => ({
    zh: `很抱歉，${event.zh}已取消，您的报名随之失效。`,
    en: `We are sorry: ${event.en} has been cancelled, and your registration with it.`,
  }),

  changedTitle: { zh: '活动信息有变更', en: 'Event details changed' },
  changedBody: (event: Bilingual) => ({
    zh: `${event.zh}的时间或地点有变更，请查看活动页面。`,
    en: `The time or place of ${event.en} has changed. Please check the event page.`,
  }),

  placeFromWaitlistTitle: { zh: '候补成功，您已获得名额', en: 'You have a place' },
  placeFromWaitlistBody: (event: Bilingual) => ({
    zh: `${event.zh}有名额空出，您已从候补转为报名成功。签到码请在活动页面查看。`,
    en: `A place opened up at ${event.en}: you are now registered. Your check-in code is on the event page.`,
  }),

  slotTitle: { zh: '项目已安排路演', en: 'Your project will pitch at a roadshow' },
  slotBody: (event: Bilingual, project: { name: string; nameEn: string | null }, order: number) => ({
    zh: `您的项目「${project.name}」已安排在${event.zh}路演，出场顺序第${order}位。`,
    en: `Your project “${project.nameEn ?? project.name}” has a slot at ${event.en} (number ${order} in the running order).`,
  }),
} satisfies MessageCatalogue;
