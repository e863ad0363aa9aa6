import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, LessThan, MoreThan } from 'typeorm';
import type { ChatSide, ConversationKind } from '@ihaigui/shared';
import { likePattern } from '../common/db/like-pattern';
import { isUniqueViolation } from '../common/db/unique-violation';
import {
  ChatAttachmentEntity,
  ChatMessageEntity,
  ConversationEntity,
  ConversationReadEntity,
} from './conversation.entity';

/** Whose conversations a list or the unread total covers. */
export interface ReaderScope {
  userId: number;
  /** The reader's organisation, if they are a member of one. */
  organizationId: number | null;
  /** Staff: every intention conversation (lists), the ones they opened (unread). */
  staff: boolean;
}

/** A conversation with the reader's read state. */
export type ConversationWithRead = ConversationEntity & { readSeq: number };

/** Every SQL statement about conversations, their messages, attachments and read states. */
@Injectable()
export class ConversationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: number, manager?: EntityManager): Promise<ConversationEntity | null> {
    return this.em(manager).findOne(ConversationEntity, { where: { id } });
  }

  findByRef(kind: ConversationKind, refId: number): Promise<ConversationEntity | null> {
    return this.em().findOne(ConversationEntity, { where: { kind, refId } });
  }

  /** Makes the conversation of a subject; a simultaneous first use made it already → that one. */
  async insertOrFind(values: Omit<ConversationEntity, 'id'>): Promise<ConversationEntity> {
    try {
      return await this.em().save(ConversationEntity, this.em().create(ConversationEntity, values));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const existing = await this.findByRef(values.kind, values.refId);
      if (!existing) throw err;
      return existing;
    }
  }

  /**
   * The next message number: one UPDATE increments lastSeq on the conversation row (taking its row lock on MySQL,
   * the write lock on SQLite, held until the transaction ends, so simultaneous senders queue here), then the
   * transaction reads its own new value. A rollback gives the number back: no gaps.
   */
  async nextSeq(conversationId: number, now: Date, manager: EntityManager): Promise<number> {
    const lastSeq = manager.connection.driver.escape('lastSeq');
    await manager
      .createQueryBuilder()
      .update(ConversationEntity)
      .set({ lastSeq: () => `${lastSeq} + 1`, lastMessageAt: now })
      .where('id = :id', { id: conversationId })
      .execute();
    const row = await manager.findOne(ConversationEntity, {
      select: { id: true, lastSeq: true },
      where: { id: conversationId },
    });
    if (!row) throw new Error(`conversation ${conversationId} vanished`);
    return row.lastSeq;
  }

  insertMessage(values: Omit<ChatMessageEntity, 'id'>, manager: EntityManager): Promise<ChatMessageEntity> {
    return manager.save(ChatMessageEntity, manager.create(ChatMessageEntity, values));
  }

  findMessageByClientId(conversationId: number, clientId: string): Promise<ChatMessageEntity | null> {
    return this.em().findOne(ChatMessageEntity, { where: { conversationId, clientId } });
  }

  /** Messages after `after`, ascending, at most `limit`. */
  findAfter(conversationId: number, after: number, limit: number): Promise<ChatMessageEntity[]> {
    return this.em().find(ChatMessageEntity, {
      where: { conversationId, seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: limit,
    });
  }

  /** The `limit` messages just before `before`, ascending. */
  async findBefore(conversationId: number, before: number, limit: number): Promise<ChatMessageEntity[]> {
    const rows = await this.em().find(ChatMessageEntity, {
      where: { conversationId, seq: LessThan(before) },
      order: { seq: 'DESC' },
      take: limit,
    });
    return rows.reverse();
  }

  /** The newest message of each conversation. */
  async findLastMessages(
    conversations: Array<Pick<ConversationEntity, 'id' | 'lastSeq'>>,
  ): Promise<ChatMessageEntity[]> {
    const withMessages = conversations.filter((c) => c.lastSeq > 0);
    if (!withMessages.length) return [];
    return this.em()
      .createQueryBuilder(ChatMessageEntity, 'm')
      .innerJoin(ConversationEntity, 'c', 'c.id = m.conversationId AND c.lastSeq = m.seq')
      .where('c.id IN (:...ids)', { ids: withMessages.map((c) => c.id) })
      .getMany();
  }

  isAttachmentUsed(attachmentId: number): Promise<boolean> {
    return this.em().exists(ChatMessageEntity, { where: { attachmentId } });
  }

  insertAttachment(values: Omit<ChatAttachmentEntity, 'id'>): Promise<ChatAttachmentEntity> {
    return this.em().save(ChatAttachmentEntity, this.em().create(ChatAttachmentEntity, values));
  }

  findAttachment(conversationId: number, id: number): Promise<ChatAttachmentEntity | null> {
    return this.em().findOne(ChatAttachmentEntity, { where: { id, conversationId } });
  }

  findAttachments(ids: number[]): Promise<ChatAttachmentEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.em().find(ChatAttachmentEntity, { where: { id: In(ids) } });
  }

  findRead(conversationId: number, userId: number): Promise<ConversationReadEntity | null> {
    return this.em().findOne(ConversationReadEntity, { where: { conversationId, userId } });
  }

  findReads(conversationIds: number[], userId: number): Promise<ConversationReadEntity[]> {
    if (!conversationIds.length) return Promise.resolve([]);
    return this.em().find(ConversationReadEntity, { where: { conversationId: In(conversationIds), userId } });
  }

  /** Staff who opened the conversation (they hear of its messages while they have it open). */
  async findStaffReaderIds(conversationId: number): Promise<number[]> {
    const rows = await this.em().find(ConversationReadEntity, {
      select: { userId: true },
      where: { conversationId, side: 'staff' },
    });
    return rows.map((r) => r.userId);
  }

  /** The reader's read-state row, made when missing (a simultaneous maker's row is as good). */
  async ensureRead(conversationId: number, userId: number, side: ChatSide, manager?: EntityManager): Promise<void> {
    const em = this.em(manager);
    if (await em.exists(ConversationReadEntity, { where: { conversationId, userId } })) return;
    try {
      // A savepoint inside a transaction: a duplicate undoes only this insert.
      const insert = (m: EntityManager) =>
        m.insert(ConversationReadEntity, { conversationId, userId, side, readSeq: 0, notifiedAt: null });
      await (manager ? manager.transaction(insert) : insert(em));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }

  /** Moves the reader's read point forward to `seq` (never back). */
  async advanceRead(conversationId: number, userId: number, seq: number, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(
      ConversationReadEntity,
      { conversationId, userId, readSeq: LessThan(seq) },
      { readSeq: seq },
    );
  }

  /**
   * Takes the right to notify the reader about this conversation now: true for one caller at most per `since`
   * window (the update of the row is the claim, so instances never both notify).
   */
  async claimNotification(conversationId: number, userId: number, now: Date, since: Date): Promise<boolean> {
    const result = await this.em()
      .createQueryBuilder()
      .update(ConversationReadEntity)
      .set({ notifiedAt: now })
      .where('conversationId = :conversationId AND userId = :userId', { conversationId, userId })
      .andWhere(new Brackets((q) => q.where('notifiedAt IS NULL').orWhere('notifiedAt < :since', { since })))
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** A page of the reader's conversations, newest message first, with their read state. */
  async findPage(scope: ReaderScope, offset: number, limit: number): Promise<[ConversationWithRead[], number]> {
    const query = this.em()
      .createQueryBuilder(ConversationEntity, 'c')
      .where(this.scopeCondition(scope, false))
      .orderBy('c.lastMessageAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip(offset)
      .take(limit);
    const [rows, total] = await query.getManyAndCount();
    const reads = await this.findReads(
      rows.map((r) => r.id),
      scope.userId,
    );
    const readOf = new Map(reads.map((r) => [r.conversationId, r.readSeq]));
    return [rows.map((r) => Object.assign(r, { readSeq: readOf.get(r.id) ?? 0 })), total];
  }

  /** Messages newer than the reader's read point, over their conversations. */
  async countUnread(scope: ReaderScope): Promise<number> {
    const row = await this.em()
      .createQueryBuilder(ConversationEntity, 'c')
      .leftJoin(ConversationReadEntity, 'r', 'r.conversationId = c.id AND r.userId = :userId', { userId: scope.userId })
      .select('COALESCE(SUM(c.lastSeq - COALESCE(r.readSeq, 0)), 0)', 'unread')
      .where(this.scopeCondition(scope, true))
      .getRawOne<{ unread: string | number }>();
    return Number(row?.unread ?? 0);
  }

  private scopeCondition(scope: ReaderScope, staffOpenedOnly: boolean): Brackets {
    return new Brackets((q) => {
      q.where('c.partyUserId = :userId', { userId: scope.userId });
      if (scope.organizationId !== null)
        q.orWhere('c.organizationId = :organizationId', { organizationId: scope.organizationId });
      if (scope.staff) {
        if (staffOpenedOnly) q.orWhere("(c.kind = 'intention' AND r.side = 'staff')");
        else q.orWhere("c.kind = 'intention'");
      }
    });
  }

  // ---- the account's data ----

  findConversationsOfParty(userId: number, manager: EntityManager): Promise<ConversationEntity[]> {
    return manager.find(ConversationEntity, { where: { partyUserId: userId } });
  }

  /** Storage keys of the conversations' files. */
  async findAttachmentKeys(conversationIds: number[], manager: EntityManager): Promise<string[]> {
    if (!conversationIds.length) return [];
    const rows = await manager.find(ChatAttachmentEntity, {
      select: { storageKey: true },
      where: { conversationId: In(conversationIds) },
    });
    return rows.map((r) => r.storageKey);
  }

  async deleteConversations(conversationIds: number[], manager: EntityManager): Promise<void> {
    if (!conversationIds.length) return;
    const where = { conversationId: In(conversationIds) };
    await manager.delete(ChatMessageEntity, where);
    await manager.delete(ChatAttachmentEntity, where);
    await manager.delete(ConversationReadEntity, where);
    await manager.delete(ConversationEntity, { id: In(conversationIds) });
  }

  /** The person's messages in the other conversations: no longer linked to them, their name replaced. */
  async anonymiseAuthor(userId: number, erasedName: string, manager: EntityManager): Promise<void> {
    // Organisation members' messages carry the organisation's name, which stays.
    await manager.update(
      ChatMessageEntity,
      { authorUserId: userId, side: In(['talent', 'staff']) },
      { authorName: erasedName },
    );
    await manager.update(ChatMessageEntity, { authorUserId: userId }, { authorUserId: null });
    await manager.update(ChatAttachmentEntity, { uploaderUserId: userId }, { uploaderUserId: null });
    await manager.delete(ConversationReadEntity, { userId });
  }

  /** Replaces a name in every message body that contains it. */
  async replaceName(name: string, replacement: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ChatMessageEntity)
      .set({ body: () => 'REPLACE(body, :name, :replacement)' })
      .where("body LIKE :pattern ESCAPE '!'", { pattern: likePattern(name), name, replacement })
      .execute();
  }

  /** What the person wrote, oldest first, with the file each message carried. */
  async findWrittenBy(userId: number): Promise<
    Array<{
      message: ChatMessageEntity;
      conversation: ConversationEntity | null;
      attachment: ChatAttachmentEntity | null;
    }>
  > {
    const messages = await this.em().find(ChatMessageEntity, {
      where: { authorUserId: userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const conversationIds = [...new Set(messages.map((m) => m.conversationId))];
    const [conversations, attachments] = await Promise.all([
      conversationIds.length ? this.em().find(ConversationEntity, { where: { id: In(conversationIds) } }) : [],
      this.findAttachments(messages.map((m) => m.attachmentId).filter((id): id is number => id !== null)),
    ]);
    return messages.map((message) => ({
      message,
      conversation: conversations.find((c) => c.id === message.conversationId) ?? null,
      attachment: attachments.find((a) => a.id === message.attachmentId) ?? null,
    }));
  }
}
