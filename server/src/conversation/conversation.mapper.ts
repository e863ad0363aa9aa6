import type { ChatAttachment, ChatMessage, ChatSide, Conversation } from '@ihaigui/shared';
import type { ChatAttachmentEntity, ChatMessageEntity, ConversationEntity } from './conversation.entity';
import { type ChatSubject, isReadOnly, viewOf } from './conversation.rules';

export function toChatAttachment(a: ChatAttachmentEntity): ChatAttachment {
  return {
    id: a.id,
    fileName: a.fileName,
    mime: a.mime,
    size: a.size,
    url: `/api/v1/conversations/${a.conversationId}/attachments/${a.id}`,
  };
}

export function toChatMessage(
  m: ChatMessageEntity,
  attachment: ChatAttachmentEntity | null,
  readerId: number,
): ChatMessage {
  return {
    id: m.id,
    conversationId: m.conversationId,
    seq: m.seq,
    side: m.side,
    authorName: m.authorName,
    mine: m.authorUserId !== null && m.authorUserId === readerId,
    body: m.body,
    attachment: attachment ? toChatAttachment(attachment) : null,
    clientId: m.clientId,
    createdAt: m.createdAt.toISOString(),
  };
}

export function toConversation(
  c: ConversationEntity,
  subject: ChatSubject,
  side: ChatSide,
  readSeq: number,
  last: ChatMessageEntity | null,
): Conversation {
  const seen = Math.min(readSeq, c.lastSeq);
  return {
    id: c.id,
    kind: c.kind,
    refId: c.refId,
    ...viewOf(subject, side),
    side,
    readOnly: isReadOnly(subject),
    lastSeq: c.lastSeq,
    lastMessage: last ? { body: last.body, side: last.side, createdAt: last.createdAt.toISOString() } : null,
    readSeq: seen,
    unread: c.lastSeq - seen,
    updatedAt: c.lastMessageAt.toISOString(),
  };
}
