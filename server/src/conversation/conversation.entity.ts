import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChatAttachment, ChatSide, ConversationKind } from '@ihaigui/shared';
import { DateTimeColumn } from '../common/db/columns';

/**
 * 洽谈: one per intention or job application (kind + refId, unique). The two parties are copied from the subject when
 * it is made (they never change): the talent side's account and the organisation, for lists without a join per kind.
 * `lastSeq` is the number of the newest message; sending increments it in the message's transaction, which both
 * numbers the message and serialises senders on this row.
 */
@Entity('conversation')
@Index('uq_conversation_ref', ['kind', 'refId'], { unique: true })
@Index('idx_conversation_party', ['partyUserId', 'lastMessageAt'])
@Index('idx_conversation_org', ['organizationId', 'lastMessageAt'])
@Index('idx_conversation_kind', ['kind', 'lastMessageAt'])
export class ConversationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 12 })
  kind: ConversationKind;

  @Column({ type: 'int' })
  refId: number;

  /** The talent (intention) or the applicant (application). */
  @Column({ type: 'int' })
  partyUserId: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int', default: 0 })
  lastSeq: number;

  /** When the newest message was sent (the conversation's creation until then): lists sort by it. */
  @DateTimeColumn()
  lastMessageAt: Date;

  @DateTimeColumn()
  createdAt: Date;
}

/** One message: numbered 1, 2, 3… within its conversation without gaps; a sender's clientId stores it once. */
@Entity('chat_message')
@Index('uq_chat_message_seq', ['conversationId', 'seq'], { unique: true })
@Index('uq_chat_message_client', ['conversationId', 'clientId'], { unique: true })
@Index('idx_chat_message_author', ['authorUserId'])
export class ChatMessageEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  conversationId: number;

  @Column({ type: 'int' })
  seq: number;

  /** Null once the author's account is deleted (the message stays for the other party, anonymised). */
  @Column({ type: 'int', nullable: true })
  authorUserId: number | null;

  @Column({ type: 'varchar', length: 12 })
  side: ChatSide;

  /** The name shown with it when sent: the organisation's name for its members, the person's for the others. */
  @Column({ type: 'varchar', length: 100 })
  authorName: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ type: 'int', nullable: true })
  attachmentId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientId: string | null;

  @DateTimeColumn()
  createdAt: Date;
}

/** A file uploaded into a conversation (JPEG, PNG or PDF by content), sent with a message. */
@Entity('chat_attachment')
@Index('idx_chat_attachment_conversation', ['conversationId'])
@Index('idx_chat_attachment_uploader', ['uploaderUserId'])
export class ChatAttachmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  conversationId: number;

  @Column({ type: 'int', nullable: true })
  uploaderUserId: number | null;

  @Column({ type: 'varchar', length: 120 })
  fileName: string;

  @Column({ type: 'varchar', length: 20 })
  mime: ChatAttachment['mime'];

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 80 })
  storageKey: string;

  @DateTimeColumn()
  createdAt: Date;
}

/** Per reader (each party's account, and staff who opened it): what they have seen, and when they were last told. */
@Entity('conversation_read')
@Index('uq_conversation_read', ['conversationId', 'userId'], { unique: true })
@Index('idx_conversation_read_user', ['userId'])
export class ConversationReadEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  conversationId: number;

  @Column({ type: 'int' })
  userId: number;

  /** The reader's side when the row was made (staff readers are found by it). */
  @Column({ type: 'varchar', length: 12 })
  side: ChatSide;

  @Column({ type: 'int', default: 0 })
  readSeq: number;

  /** The last inbox notification about a new message here (throttled per conversation). */
  @DateTimeColumn({ nullable: true })
  notifiedAt: Date | null;
}
