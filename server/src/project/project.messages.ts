import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** What the project feature tells owners and reviewers; `name` is the project's quoted name. */
export const PROJECT_MESSAGES = {
  /** `label` is the new status's label; the reason, when staff gave one, follows. */
  screenedTitle: (label: Bilingual) => ({ zh: `项目筛选结果：${label.zh}`, en: `Project screening: ${label.en}` }),
  screenedBody: (name: Bilingual, label: Bilingual, reason: string | null) => ({
    zh: `您的项目${name.zh}${label.zh}${reason ? `。${reason}` : ''}`,
    en: `Your project ${name.en}: ${label.en}${reason ? `. ${reason}` : ''}`,
  }),

  reviewAssignedTitle: { zh: '新的项目评审任务', en: 'A project to review' },
  reviewAssignedBody: (name: Bilingual) => ({
    zh: `请为项目${name.zh}评分`,
    en: `Please score the project ${name.en}`,
  }),

  shortlistedTitle: { zh: '项目入围路演', en: 'Shortlisted for a roadshow' },
  shortlistedBody: (name: Bilingual) => ({
    zh: `您的项目${name.zh}已入围路演，服务中心将与您联系安排路演时间`,
    en: `Your project ${name.en} is shortlisted; the service center will arrange a roadshow slot`,
  }),
} satisfies MessageCatalogue;
