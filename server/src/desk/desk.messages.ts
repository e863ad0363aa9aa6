import { type Bilingual, CONSULTATION_CATEGORY_LABELS, type ConsultationCategory } from '@ihaigui/shared';
import type { NotificationMessage } from '../notification/notification.service';

/** What a message names: the consultation's number, subject and category. */
export interface ConsultationRef {
  id: number;
  subject: string;
  category: ConsultationCategory;
}

/** "YYYY-MM-DD HH:mm" in the city's time, with its zone named. */
export function cityTime(at: Date): Bilingual {
  const text = new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return { zh: `${text}（北京时间）`, en: `${text} (China time, UTC+8)` };
}

const toAsker = (c: ConsultationRef) => ({ page: 'consultationDetail', id: c.id });
const toStaff = (c: ConsultationRef) => ({ page: 'staffConsultation', id: c.id });

// ---- to the asker ----

export function replyMessage(c: ConsultationRef): NotificationMessage {
  return {
    kind: 'consultation_reply',
    title: { zh: '服务中心回复了您的咨询', en: 'The service center replied to your question' },
    body: { zh: `您的咨询「${c.subject}」有新的回复，请查看。`, en: `There is a new reply to “${c.subject}”.` },
    link: toAsker(c),
  };
}

export function waitingMessage(c: ConsultationRef): NotificationMessage {
  return {
    kind: 'consultation_status',
    title: { zh: '咨询需要您补充信息', en: 'Your question needs more information' },
    body: {
      zh: `服务中心需要您为「${c.subject}」补充信息，补充后将继续办理。`,
      en: `The service center needs more information on “${c.subject}” to continue.`,
    },
    link: toAsker(c),
  };
}

export function resolvedMessage(c: ConsultationRef): NotificationMessage {
  return {
    kind: 'consultation_status',
    title: { zh: '您的咨询已答复', en: 'Your question was answered' },
    body: {
      zh: `「${c.subject}」已答复。欢迎评价；如问题未解决，可在7天内重新打开。`,
      en: `“${c.subject}” has been answered. Please rate the answer; if it did not help, you may reopen it within 7 days.`,
    },
    link: toAsker(c),
  };
}

// ---- to staff ----

export function informationAddedMessage(c: ConsultationRef): NotificationMessage {
  return {
    kind: 'consultation_staff',
    title: { zh: '咨询人补充了信息', en: 'The asker added information' },
    body: {
      zh: `咨询 #${c.id}「${c.subject}」有新的补充信息。`,
      en: `Consultation #${c.id} “${c.subject}” has new information.`,
    },
    link: toStaff(c),
  };
}

export function reopenedMessage(c: ConsultationRef): NotificationMessage {
  return {
    kind: 'consultation_staff',
    title: { zh: '咨询被重新打开', en: 'A consultation was reopened' },
    body: {
      zh: `咨询人重新打开了咨询 #${c.id}「${c.subject}」，办理时限重新计算。`,
      en: `The asker reopened consultation #${c.id} “${c.subject}”; its resolution target starts again.`,
    },
    link: toStaff(c),
  };
}

export function assignedMessage(c: ConsultationRef): NotificationMessage {
  const category = CONSULTATION_CATEGORY_LABELS[c.category];
  return {
    kind: 'consultation_staff',
    title: { zh: '有咨询分派给您', en: 'A consultation was assigned to you' },
    body: {
      zh: `${category.zh}咨询 #${c.id}「${c.subject}」已分派给您办理。`,
      en: `${category.en} consultation #${c.id} “${c.subject}” was assigned to you.`,
    },
    link: toStaff(c),
  };
}

export type TargetKind = 'firstResponse' | 'resolution';
const TARGET_LABELS: Record<TargetKind, Bilingual> = {
  firstResponse: { zh: '首次响应', en: 'first response' },
  resolution: { zh: '办结', en: 'resolution' },
};

export function reminderMessage(c: ConsultationRef, target: TargetKind, dueAt: Date): NotificationMessage {
  const label = TARGET_LABELS[target];
  const due = cityTime(dueAt);
  return {
    kind: 'consultation_reminder',
    title: { zh: `咨询${label.zh}即将超时`, en: `A consultation's ${label.en} is due soon` },
    body: {
      zh: `咨询 #${c.id}「${c.subject}」的${label.zh}时限为 ${due.zh}，请及时办理。`,
      en: `The ${label.en} of consultation #${c.id} “${c.subject}” is due ${due.en}.`,
    },
    link: toStaff(c),
  };
}

export function overdueMessage(c: ConsultationRef, target: TargetKind, dueAt: Date): NotificationMessage {
  const label = TARGET_LABELS[target];
  const due = cityTime(dueAt);
  return {
    kind: 'consultation_reminder',
    title: { zh: `咨询${label.zh}已超时`, en: `A consultation's ${label.en} is overdue` },
    body: {
      zh: `咨询 #${c.id}「${c.subject}」的${label.zh}时限 ${due.zh} 已过，请督办。`,
      en: `The ${label.en} of consultation #${c.id} “${c.subject}” was due ${due.en} and is overdue.`,
    },
    link: toStaff(c),
  };
}
