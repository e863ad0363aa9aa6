import {
  API,
  type ChatAttachment,
  type ChatMessage,
  type Conversation,
  type ConversationKind,
  type RouteOutput
} from '@ihaigui/shared'
import { callApi, uploadApi, type UploadFile } from '@/api/request'

/* 洽谈: the reader's conversations, one conversation's messages, sending, reading, attachments. */

export type ConversationPage = RouteOutput<typeof API.conversations.list>
export type ChatHistory = RouteOutput<typeof API.conversations.history>

export function fetchConversations(page: number, pageSize: number): Promise<ConversationPage> {
  return callApi(API.conversations.list, { query: { page, pageSize } })
}

export async function fetchChatUnread(): Promise<number> {
  return (await callApi(API.conversations.unread)).total
}

/** The conversation of an intention or an application (the server makes it on first use). */
export function fetchConversationFor(kind: ConversationKind, refId: number): Promise<Conversation> {
  return callApi(API.conversations.forSubject, { params: { kind, refId } })
}

export function fetchConversation(id: number): Promise<Conversation> {
  return callApi(API.conversations.detail, { params: { id } })
}

/** Messages after `after` (what is new), oldest first. */
export function fetchMessagesAfter(id: number, after: number, limit = 100): Promise<ChatHistory> {
  return callApi(API.conversations.history, { params: { id }, query: { after, limit } })
}

/** The page of messages just before `before` (older history), oldest first. */
export function fetchMessagesBefore(id: number, before: number, limit = 30): Promise<ChatHistory> {
  return callApi(API.conversations.history, { params: { id }, query: { before, limit } })
}

export function sendChatMessage(
  id: number,
  message: { body: string; attachmentId: number | null; clientId: string }
): Promise<ChatMessage> {
  return callApi(API.conversations.send, { params: { id }, body: message })
}

export function markConversationRead(id: number, seq: number): Promise<Conversation> {
  return callApi(API.conversations.markRead, { params: { id }, body: { seq } })
}

export function uploadChatAttachment(id: number, file: UploadFile): Promise<ChatAttachment> {
  return uploadApi(API.conversations.uploadAttachment, { params: { id }, file })
}
