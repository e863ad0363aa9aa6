import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ChatAttachment,
  ChatMessage,
  ChatSide,
  Conversation,
  ConversationKind,
  Page,
  PageQuery,
  SendChatMessage,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AccountService } from '../account/account.service';
import { FileStorage } from '../account/file-storage';
import { ApplicationService } from '../application/application.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import type { Upload } from '../common/upload';
import { IntentionService } from '../intention/intention.service';
import { LivePresence } from '../live/live-presence';
import { LivePublisher } from '../live/live-publisher';
import { ModerationService } from '../moderation/moderation.service';
import { NotificationService } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import type { ChatMessageEntity, ConversationEntity } from './conversation.entity';
import { toChatAttachment, toChatMessage, toConversation } from './conversation.mapper';
import { CONVERSATION_MESSAGES as M, ERASED_AUTHOR } from './conversation.messages';
import { ConversationRepository } from './conversation.repository';
import {
  authorNameFor,
  type ChatReader,
  type ChatSubject,
  EXTENSION_OF,
  isReadOnly,
  notifiedSidesFor,
  sideOf,
  sniffAttachment,
  viewOf,
} from './conversation.rules';

/** A party without an open screen hears of new messages in a conversation at most this often. */
export const CHAT_NOTIFY_INTERVAL_MS = 10 * 60 * 1000;
/** A name this short would match unrelated text in messages. */
const MIN_SCRUBBED_NAME = 2;

/** A conversation the reader may open, with their side. */
interface Opened {
  conversation: ConversationEntity;
  subject: ChatSubject;
  side: ChatSide;
  reader: ChatReader;
}

/**
 * 洽谈 between an intention's or application's two parties (and staff, for intentions). Messages are stored first
 * (numbered without gaps in the sending transaction), then pushed to every reader's open screens; a party with no
 * open screen gets an inbox notification, at most one per conversation per interval. Anyone else gets 404.
 */
@Injectable()
export class ConversationService implements OnModuleInit {
  private readonly logger = new Logger('Conversations');

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly intentions: IntentionService,
    private readonly applications: ApplicationService,
    private readonly organizations: OrganizationService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly moderation: ModerationService,
    private readonly live: LivePublisher,
    private readonly presence: LivePresence,
    private readonly files: FileStorage,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Conversations where the person is the talent side go whole, like the intentions and applications they are
    // about. In the others (as an organisation member or staff) their messages stay for the other party, unlinked
    // from the account: an organisation member's keep the organisation's name, a staff member's are signed as a
    // deleted user. Their names are replaced in every message body.
    this.erasure.register('conversations', async (userId, em, person) => {
      const own = await this.conversations.findConversationsOfParty(userId, em);
      const ids = own.map((c) => c.id);
      const keys = await this.conversations.findAttachmentKeys(ids, em);
      await this.conversations.deleteConversations(ids, em);
      await this.conversations.anonymiseAuthor(userId, ERASED_AUTHOR, em);
      for (const name of person.names) {
        if ([...name].length >= MIN_SCRUBBED_NAME) await this.conversations.replaceName(name, ERASED_AUTHOR, em);
      }
      for (const key of keys) await this.files.remove(key);
    });
    this.erasure.registerExport('chatMessages', async (userId) =>
      (await this.conversations.findWrittenBy(userId)).map(({ message, conversation, attachment }) => ({
        conversation: { kind: conversation?.kind ?? 'intention', refId: conversation?.refId ?? 0 },
        seq: message.seq,
        side: message.side,
        body: message.body,
        attachment: attachment ? { fileName: attachment.fileName, size: attachment.size } : null,
        createdAt: message.createdAt.toISOString(),
      })),
    );
  }

  // ---- reading ----

  /** The conversation of an intention or application, made on first use by one of its readers. */
  async forSubject(user: AuthUser, kind: ConversationKind, refId: number): Promise<Conversation> {
    const [subject, reader] = await Promise.all([this.subjectOf(kind, refId), this.readerOf(user)]);
    const side = subject ? sideOf(subject, reader) : null;
    if (!subject || !side) throw notFound(`${kind} ${refId} not for user ${user.id}`);
    const now = this.clock.now();
    const conversation =
      (await this.conversations.findByRef(kind, refId)) ??
      (await this.conversations.insertOrFind({
        kind,
        refId,
        partyUserId: subject.partyUserId,
        organizationId: subject.organizationId,
        lastSeq: 0,
        lastMessageAt: now,
        createdAt: now,
      }));
    return this.present({ conversation, subject, side, reader });
  }

  async detail(user: AuthUser, id: number): Promise<Conversation> {
    return this.present(await this.open(user, id));
  }

  async list(user: AuthUser, query: PageQuery): Promise<Page<Conversation>> {
    const reader = await this.readerOf(user);
    const [rows, total] = await this.conversations.findPage(
      { userId: user.id, organizationId: reader.organizationId, staff: STAFF_ROLES.includes(user.role) },
      window(query).offset,
      window(query).limit,
    );
    const lasts = await this.conversations.findLastMessages(rows);
    const items: Conversation[] = [];
    for (const row of rows) {
      const subject = await this.subjectOf(row.kind, row.refId);
      const side = subject ? sideOf(subject, reader) : null;
      if (!subject || !side) continue;
      const last = lasts.find((m) => m.conversationId === row.id) ?? null;
      items.push(toConversation(row, subject, side, row.readSeq, last));
    }
    return pageOf(items, total, query);
  }

  async unread(user: AuthUser): Promise<{ total: number }> {
    const reader = await this.readerOf(user);
    const total = await this.conversations.countUnread({
      userId: user.id,
      organizationId: reader.organizationId,
      staff: STAFF_ROLES.includes(user.role),
    });
    return { total };
  }

  /** Messages after `after` (what a reconnecting screen missed) or the page before `before`, in seq order. */
  async history(
    user: AuthUser,
    id: number,
    query: { after: number; before?: number; limit: number },
  ): Promise<{ items: ChatMessage[]; lastSeq: number; more: boolean }> {
    const { conversation } = await this.open(user, id);
    let rows: ChatMessageEntity[];
    let more: boolean;
    if (query.before !== undefined) {
      rows = await this.conversations.findBefore(id, query.before, query.limit);
      more = (rows[rows.length - 1]?.seq ?? query.before - 1) < conversation.lastSeq;
    } else {
      rows = await this.conversations.findAfter(id, query.after, query.limit + 1);
      more = rows.length > query.limit;
      rows = rows.slice(0, query.limit);
    }
    return { items: await this.messagesFor(rows, user.id), lastSeq: conversation.lastSeq, more };
  }

  // ---- writing ----

  /**
   * Stores the message (the same clientId twice stores it once and answers the stored one), then pushes it to every
   * reader's open screens and tells the other side's readers without one.
   */
  async send(user: AuthUser, id: number, input: SendChatMessage & { clientId: string }): Promise<ChatMessage> {
    const opened = await this.open(user, id);
    const earlier = await this.conversations.findMessageByClientId(id, input.clientId);
    if (earlier) return this.replay(earlier, user.id);
    if (isReadOnly(opened.subject)) throw readOnly(id);
    const body = (input.body ?? '').trim();
    const attachmentId = input.attachmentId ?? null;
    if (attachmentId !== null) {
      const attachment = await this.conversations.findAttachment(id, attachmentId);
      if (
        !attachment ||
        attachment.uploaderUserId !== user.id ||
        (await this.conversations.isAttachmentUsed(attachmentId))
      )
        throw new AppException('CHAT_ATTACHMENT_NOT_FOUND', 404, `attachment ${attachmentId} not sendable in ${id}`);
    }
    if (body) await this.moderation.checkText(body, user.id);
    const staffName = opened.side === 'staff' ? await this.staffNameOf(user.id) : '';
    const now = this.clock.now();
    let saved: ChatMessageEntity;
    try {
      saved = await this.dataSource.transaction(async (em) => {
        const seq = await this.conversations.nextSeq(id, now, em);
        const message = await this.conversations.insertMessage(
          {
            conversationId: id,
            seq,
            authorUserId: user.id,
            side: opened.side,
            authorName: authorNameFor(opened.subject, opened.side, staffName),
            body,
            attachmentId,
            clientId: input.clientId,
            createdAt: now,
          },
          em,
        );
        // What one writes, one has read.
        await this.conversations.ensureRead(id, user.id, opened.side, em);
        await this.conversations.advanceRead(id, user.id, seq, em);
        return message;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same clientId sent twice at once: the first one stored is the answer.
      const winner = await this.conversations.findMessageByClientId(id, input.clientId);
      if (!winner) throw err;
      return this.replay(winner, user.id);
    }
    const readers = await this.readersOf(opened.conversation, opened.subject);
    const [message] = await this.messagesFor([saved], user.id);
    const forOthers: ChatMessage = { ...(message as ChatMessage), mine: false };
    await this.live.publish([user.id], { type: 'message', message: message as ChatMessage });
    await this.live.publish(
      readers.all.filter((r) => r !== user.id),
      { type: 'message', message: forOthers },
    );
    await this.notifyOffline(opened, readers, saved, user.id).catch((err: unknown) =>
      this.logger.warn({ err: { message: (err as Error).message }, conversationId: id }, 'chat notification failed'),
    );
    return message as ChatMessage;
  }

  /** The reader has seen up to `seq` (never moves back); their other screens and the other side hear of it. */
  async markRead(user: AuthUser, id: number, seq: number): Promise<Conversation> {
    const opened = await this.open(user, id);
    const upTo = Math.min(seq, opened.conversation.lastSeq);
    await this.conversations.ensureRead(id, user.id, opened.side);
    await this.conversations.advanceRead(id, user.id, upTo);
    const readers = await this.readersOf(opened.conversation, opened.subject);
    await this.live.publish(readers.all, { type: 'read', conversationId: id, side: opened.side, seq: upTo });
    return this.present(opened);
  }

  /** A file to send in the conversation: JPEG, PNG or PDF judged by its content. */
  async upload(user: AuthUser, id: number, upload: Upload): Promise<ChatAttachment> {
    const opened = await this.open(user, id);
    if (isReadOnly(opened.subject)) throw readOnly(id);
    const mime = sniffAttachment(upload.data);
    if (!mime) throw new AppException('CHAT_ATTACHMENT_INVALID', 400, 'not a JPEG, PNG or PDF');
    const storageKey = await this.files.put('chat', EXTENSION_OF[mime], upload.data);
    try {
      const saved = await this.conversations.insertAttachment({
        conversationId: id,
        uploaderUserId: user.id,
        fileName: upload.fileName,
        mime,
        size: upload.data.length,
        storageKey,
        createdAt: this.clock.now(),
      });
      return toChatAttachment(saved);
    } catch (err) {
      await this.files.remove(storageKey);
      throw err;
    }
  }

  async download(
    user: AuthUser,
    id: number,
    attachmentId: number,
  ): Promise<{ fileName: string; mime: string; data: Buffer }> {
    await this.open(user, id);
    const attachment = await this.conversations.findAttachment(id, attachmentId);
    if (!attachment)
      throw new AppException('CHAT_ATTACHMENT_NOT_FOUND', 404, `attachment ${attachmentId} not in conversation ${id}`);
    return { fileName: attachment.fileName, mime: attachment.mime, data: await this.files.read(attachment.storageKey) };
  }

  // ---- internals ----

  /** The conversation when the user is one of its readers; 404 for anyone else, as if it did not exist. */
  private async open(user: AuthUser, id: number): Promise<Opened> {
    const [conversation, reader] = await Promise.all([this.conversations.findById(id), this.readerOf(user)]);
    const subject = conversation ? await this.subjectOf(conversation.kind, conversation.refId) : null;
    const side = subject ? sideOf(subject, reader) : null;
    if (!conversation || !subject || !side) throw notFound(`conversation ${id} not for user ${user.id}`);
    return { conversation, subject, side, reader };
  }

  private async readerOf(user: AuthUser): Promise<ChatReader> {
    const membership = await this.organizations.findMembership(user.id);
    return { id: user.id, role: user.role, organizationId: membership?.organizationId ?? null };
  }

  /** The intention's or application's facts, through their features. */
  private async subjectOf(kind: ConversationKind, refId: number): Promise<ChatSubject | null> {
    if (kind === 'intention') {
      const facts = await this.intentions.chatFacts(refId);
      if (!facts) return null;
      return {
        kind,
        refId,
        partyUserId: facts.talentUserId,
        partyName: facts.talentName,
        organizationId: facts.organizationId,
        organizationName: facts.organizationName,
        topic: facts.subject ? { zh: facts.subject.name, en: facts.subject.nameEn } : null,
        final: facts.final,
      };
    }
    const facts = await this.applications.chatFacts(refId);
    if (!facts) return null;
    return {
      kind,
      refId,
      partyUserId: facts.applicantUserId,
      partyName: facts.applicantName,
      organizationId: facts.organizationId,
      organizationName: facts.organizationName,
      topic: { zh: facts.positionTitle, en: facts.positionTitleEn },
      final: facts.final,
    };
  }

  /** Everyone who may read it now: the talent side, the organisation's members, and staff who opened it. */
  private async readersOf(
    conversation: ConversationEntity,
    subject: ChatSubject,
  ): Promise<{ all: number[]; talent: number[]; organization: number[] }> {
    const [members, staff] = await Promise.all([
      this.organizations.memberIds(subject.organizationId),
      subject.kind === 'intention' ? this.conversations.findStaffReaderIds(conversation.id) : Promise.resolve([]),
    ]);
    const talent = [subject.partyUserId];
    return { all: [...new Set([...talent, ...members, ...staff])], talent, organization: members };
  }

  /**
   * The inbox message to each reader of the other side (both parties when staff wrote) who has no open screen, at
   * most one per conversation per interval (claimed on their read-state row, so two instances never both send).
   */
  private async notifyOffline(
    opened: Opened,
    readers: { talent: number[]; organization: number[] },
    message: ChatMessageEntity,
    authorId: number,
  ): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - CHAT_NOTIFY_INTERVAL_MS);
    const view = viewOf(opened.subject, 'talent');
    for (const side of notifiedSidesFor(opened.side)) {
      for (const userId of readers[side]) {
        if (userId === authorId || (await this.presence.isOnline(userId))) continue;
        await this.conversations.ensureRead(opened.conversation.id, userId, side);
        if (!(await this.conversations.claimNotification(opened.conversation.id, userId, now, since))) continue;
        const about = side === 'talent' ? view.title : viewOf(opened.subject, 'organization').title;
        await this.notifications.notify(userId, {
          kind: 'chat_message',
          title: M.newMessageTitle(message.authorName),
          body: M.newMessageBody(about, view.titleEn ?? about),
          link: { page: 'conversation', id: opened.conversation.id },
        });
      }
    }
  }

  private async present(opened: Opened): Promise<Conversation> {
    const { conversation, subject, side, reader } = opened;
    const fresh = (await this.conversations.findById(conversation.id)) ?? conversation;
    const [read, lasts] = await Promise.all([
      this.conversations.findRead(conversation.id, reader.id),
      this.conversations.findLastMessages([fresh]),
    ]);
    return toConversation(fresh, subject, side, read?.readSeq ?? 0, lasts[0] ?? null);
  }

  private async replay(message: ChatMessageEntity, readerId: number): Promise<ChatMessage> {
    return (await this.messagesFor([message], readerId))[0] as ChatMessage;
  }

  private async messagesFor(rows: ChatMessageEntity[], readerId: number): Promise<ChatMessage[]> {
    const attachments = await this.conversations.findAttachments(
      rows.map((r) => r.attachmentId).filter((a): a is number => a !== null),
    );
    return rows.map((r) => toChatMessage(r, attachments.find((a) => a.id === r.attachmentId) ?? null, readerId));
  }

  private async staffNameOf(userId: number): Promise<string> {
    const user = await this.accounts.findActiveById(userId);
    return user?.displayName?.trim() || M.staffName;
  }
}

function notFound(detail: string): AppException {
  return AppException.notFound('CONVERSATION_NOT_FOUND', detail);
}

function readOnly(id: number): AppException {
  return AppException.conflict('CONVERSATION_READ_ONLY', `conversation ${id} is read-only`);
}
