import type {
  ConsultationDetail,
  ConsultationMessage,
  ConsultationSummary,
  DeskAttachment,
  Faq,
} from '@ihaigui/shared';
import type { ConsultationMessageEntity, DeskAttachmentEntity, FaqEntryEntity } from './desk.entity';
import type { ConsultationRow } from './desk.repository';

/** Whether a running target is missed at `now`. */
export function isOverdue(c: Pick<ConsultationRow, 'status' | 'firstResponseDueAt' | 'resolutionDueAt'>, now: Date) {
  if (c.status !== 'open') return false;
  const t = now.getTime();
  return Boolean(
    (c.firstResponseDueAt && c.firstResponseDueAt.getTime() < t) ||
    (c.resolutionDueAt && c.resolutionDueAt.getTime() < t),
  );
}

export function toDeskAttachment(a: DeskAttachmentEntity): DeskAttachment {
  return { id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, url: `/api/v1/desk/attachments/${a.id}` };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toConsultationSummary(
  c: ConsultationRow,
  now: Date,
  opts: { staffView: boolean; unread: number },
): ConsultationSummary {
  return {
    id: c.id,
    category: c.category,
    subject: c.subject,
    status: c.status,
    answerLocale: c.answerLocale,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    firstResponseDueAt: iso(c.firstResponseDueAt),
    resolutionDueAt: iso(c.resolutionDueAt),
    firstRespondedAt: iso(c.firstRespondedAt),
    resolvedAt: iso(c.resolvedAt),
    overdue: isOverdue(c, now),
    assignee: c.assignee ? { id: c.assignee.id, name: c.assignee.displayName } : null,
    askerName: opts.staffView ? (c.asker?.displayName ?? null) : null,
    unread: opts.unread,
  };
}

export type MessageRow = ConsultationMessageEntity & { author?: { id: number; displayName: string } | null };

export function toConsultationMessage(
  m: MessageRow,
  attachments: DeskAttachmentEntity[],
  viewer: { staffView: boolean },
): ConsultationMessage {
  // Staff are named to the asker by their display name; the asker sees themselves, staff see the asker's name.
  const authorName = m.authorKind === 'system' ? null : (m.author?.displayName ?? null);
  return {
    id: m.id,
    author: m.authorKind,
    authorName: m.authorKind === 'asker' && !viewer.staffView ? null : authorName,
    body: m.body,
    internal: m.internal,
    attachments: attachments.filter((a) => a.messageId === m.id).map(toDeskAttachment),
    createdAt: m.createdAt.toISOString(),
  };
}

export function toConsultationDetail(
  c: ConsultationRow,
  messages: MessageRow[],
  attachments: DeskAttachmentEntity[],
  now: Date,
  opts: { staffView: boolean; unread: number; can: ConsultationDetail['can']; faqId: number | null },
): ConsultationDetail {
  return {
    ...toConsultationSummary(c, now, opts),
    body: c.body,
    about:
      c.aboutType && c.aboutId !== null && c.aboutTitle !== null
        ? { type: c.aboutType, id: c.aboutId, title: c.aboutTitle, titleEn: c.aboutTitleEn }
        : null,
    attachments: attachments.filter((a) => a.messageId === null).map(toDeskAttachment),
    messages: messages
      .filter((m) => opts.staffView || !m.internal)
      .map((m) => toConsultationMessage(m, attachments, opts)),
    rating:
      c.ratedAt && c.ratingScore !== null
        ? {
            resolved: Boolean(c.ratingResolved),
            score: c.ratingScore,
            comment: c.ratingComment,
            ratedAt: c.ratedAt.toISOString(),
          }
        : null,
    can: opts.can,
    faqId: opts.faqId,
  };
}

export function toFaq(f: FaqEntryEntity): Faq {
  return {
    id: f.id,
    category: f.category,
    question: f.question,
    questionEn: f.questionEn,
    answer: f.answer,
    answerEn: f.answerEn,
    publishedAt: f.publishedAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
