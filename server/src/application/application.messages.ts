import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** What the application feature tells organisations and talents. */
export const APPLICATION_MESSAGES = {
  receivedTitle: { zh: '收到新的岗位申请', en: 'New application' },
  receivedBody: (applicant: string, title: string, titleEn: string) => ({
    zh: `${applicant} 申请了「${title}」`,
    en: `${applicant} applied for “${titleEn}”`,
  }),

  /** `label` is the new status's label; the organisation's message, when it wrote one, follows. */
  statusTitle: (label: Bilingual) => ({ zh: `投递进展：${label.zh}`, en: `Application update: ${label.en}` }),
  statusBody: (title: string, titleEn: string, label: Bilingual, message: string | null | undefined) => ({
    zh: `您申请的「${title}」${label.zh}${message ? `。${message}` : ''}`,
    en: `Your application for “${titleEn}”: ${label.en}${message ? `. ${message}` : ''}`,
  }),

  withdrawnTitle: { zh: '申请已撤回', en: 'Application withdrawn' },
  withdrawnBody: (applicant: string, title: string, titleEn: string) => ({
    zh: `${applicant} 撤回了对「${title}」的申请`,
    en: `${applicant} withdrew their application for “${titleEn}”`,
  }),
} satisfies MessageCatalogue;
