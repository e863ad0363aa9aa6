import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsultationCategory, ConsultationStatus, ConsultationSubjectType, Locale } from '@ihaigui/shared';
import { DateTimeColumn } from '../common/db/columns';

/** 咨询: a question a talent or an organisation member asked the service station. */
@Entity('consultation')
@Index('idx_consultation_asker', ['askerId', 'updatedAt'])
@Index('idx_consultation_queue', ['status', 'assigneeId', 'updatedAt'])
@Index('idx_consultation_category', ['category', 'createdAt'])
@Index('idx_consultation_created', ['createdAt'])
export class ConsultationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Null once the asker's account is erased (the anonymised question stays for the statistics). */
  @Column({ type: 'int', nullable: true })
  askerId: number | null;

  @Column({ type: 'varchar', length: 20 })
  category: ConsultationCategory;

  @Column({ type: 'varchar', length: 80 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 5 })
  answerLocale: Locale;

  @Column({ type: 'varchar', length: 10, nullable: true })
  aboutType: ConsultationSubjectType | null;

  @Column({ type: 'int', nullable: true })
  aboutId: number | null;

  /** The page's title when the question was asked (it may be renamed or withdrawn later). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  aboutTitle: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  aboutTitleEn: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ConsultationStatus;

  @Column({ type: 'int', nullable: true })
  assigneeId: number | null;

  /** The category's targets when it was asked (later changes of the setting do not move running clocks). */
  @Column({ type: 'int' })
  firstResponseDays: number;

  @Column({ type: 'int' })
  resolutionDays: number;

  /** Start of the running resolution target: when asked, or when last reopened. */
  @DateTimeColumn()
  clockStartedAt: Date;

  /** Working seconds the clocks stood still while waiting for the asker (since clockStartedAt). */
  @Column({ type: 'int', default: 0 })
  pausedSeconds: number;

  /** Set while status is waiting: when the pause began. */
  @DateTimeColumn({ nullable: true })
  waitingSince: Date | null;

  /** Due instants and reminder instants of the running targets; null once met or while paused. */
  @DateTimeColumn({ nullable: true })
  firstResponseDueAt: Date | null;

  @DateTimeColumn({ nullable: true })
  firstResponseRemindAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolutionDueAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolutionRemindAt: Date | null;

  /** Reminder bookkeeping: set once the reminder of the running target went out (cleared by a new target). */
  @DateTimeColumn({ nullable: true })
  firstResponseRemindedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolutionRemindedAt: Date | null;

  /** When the job found the target missed (the overdue notice went out then). */
  @DateTimeColumn({ nullable: true })
  firstResponseOverdueAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolutionOverdueAt: Date | null;

  /** First reply to the asker that was not an internal note. */
  @DateTimeColumn({ nullable: true })
  firstRespondedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolvedAt: Date | null;

  /** Whether the last resolution met its target (for the dashboard). */
  @Column({ type: 'boolean', nullable: true })
  resolvedWithinTarget: boolean | null;

  @Column({ type: 'int', default: 0 })
  reopenCount: number;

  /** The asker's rating of the answer (once). */
  @Column({ type: 'boolean', nullable: true })
  ratingResolved: boolean | null;

  @Column({ type: 'int', nullable: true })
  ratingScore: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @DateTimeColumn({ nullable: true })
  ratedAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;

  /** Last activity (set from the clock). */
  @DateTimeColumn()
  updatedAt: Date;
}

/** One message of a consultation's thread: the asker's information, a staff reply or note, or a system line. */
@Entity('consultation_message')
@Index('idx_consultation_message', ['consultationId', 'id'])
@Index('idx_consultation_message_author', ['authorId'])
export class ConsultationMessageEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  consultationId: number;

  /** Null for system lines and once the author's account is erased. */
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Column({ type: 'varchar', length: 8 })
  authorKind: 'asker' | 'staff' | 'system';

  @Column({ type: 'text' })
  body: string;

  /** Staff-only note. */
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @DateTimeColumn()
  createdAt: Date;
}

/** A file uploaded for a question or a reply; attached (consultation and message set) when that is sent. */
@Entity('desk_attachment')
@Index('idx_desk_attachment_uploader', ['uploaderId'])
@Index('idx_desk_attachment_consultation', ['consultationId'])
export class DeskAttachmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  uploaderId: number | null;

  @Column({ type: 'varchar', length: 80 })
  storageKey: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 20 })
  mime: 'image/jpeg' | 'image/png' | 'application/pdf';

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'int', nullable: true })
  consultationId: number | null;

  /** Null for the question's own attachments. */
  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  @DateTimeColumn()
  createdAt: Date;
}

/** Targets (working days) and supervisor of one category; categories without a row use the defaults. */
@Entity('desk_category_setting')
export class DeskCategorySettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  category: ConsultationCategory;

  @Column({ type: 'int' })
  firstResponseDays: number;

  @Column({ type: 'int' })
  resolutionDays: number;

  @Column({ type: 'int', nullable: true })
  supervisorId: number | null;
}

/** A listed date of the working calendar: a holiday (off) or an adjusted working day. */
@Entity('desk_calendar_day')
export class DeskCalendarDayEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 60, nullable: true })
  note: string | null;
}

/** How far a reader has read a consultation's thread (for `unread`). */
@Entity('consultation_read')
export class ConsultationReadEntity {
  @PrimaryColumn({ type: 'int' })
  consultationId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  /** Highest message id seen (0: only the question). */
  @Column({ type: 'int' })
  lastMessageId: number;
}

/** An FAQ entry, published by staff (often from a resolved consultation, rewritten and anonymised). */
@Entity('faq_entry')
@Index('idx_faq_category', ['category', 'publishedAt'])
@Index('idx_faq_consultation', ['consultationId'])
export class FaqEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  category: ConsultationCategory;

  @Column({ type: 'varchar', length: 200 })
  question: string;

  @Column({ type: 'varchar', length: 400 })
  questionEn: string;

  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'text' })
  answerEn: string;

  @Column({ type: 'int', nullable: true })
  consultationId: number | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @DateTimeColumn()
  publishedAt: Date;

  @DateTimeColumn()
  updatedAt: Date;

  /** Withdrawn entries are kept (the consultation's link) but never shown. */
  @DateTimeColumn({ nullable: true })
  withdrawnAt: Date | null;
}

export const DESK_ENTITIES = [
  ConsultationEntity,
  ConsultationMessageEntity,
  DeskAttachmentEntity,
  DeskCategorySettingEntity,
  DeskCalendarDayEntity,
  ConsultationReadEntity,
  FaqEntryEntity,
];
