import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import {
  chatAttachmentSchema,
  chatHistoryQuerySchema,
  chatHistorySchema,
  chatMessageSchema,
  chatUnreadSchema,
  conversationListQuerySchema,
  conversationPageSchema,
  conversationRefParamSchema,
  conversationSchema,
  markReadSchema,
  sendChatMessageSchema,
} from './conversation.schema';

export const conversationsRoutes = defineRoutes('conversations', {
  list: {
    method: 'GET',
    path: '/me/conversations',
    summary: 'My conversations (as a party, or every intention conversation for staff), newest message first',
    query: conversationListQuerySchema,
    response: conversationPageSchema,
  },
  unread: {
    method: 'GET',
    path: '/me/conversations/unread',
    summary: 'Unread messages over all my conversations (part of the 我的 badge)',
    response: chatUnreadSchema,
  },
  forSubject: {
    method: 'GET',
    path: '/conversations/for/:kind/:refId',
    summary: 'The conversation of an intention or a job application (made on first use), for its parties and staff',
    params: conversationRefParamSchema,
    response: conversationSchema,
  },
  detail: {
    method: 'GET',
    path: '/conversations/:id',
    summary: 'One conversation, for its readers',
    params: idParamSchema,
    response: conversationSchema,
  },
  history: {
    method: 'GET',
    path: '/conversations/:id/messages',
    summary: 'Messages after a seq (what a reconnecting client missed) or before one (older history), in seq order',
    params: idParamSchema,
    query: chatHistoryQuerySchema,
    response: chatHistorySchema,
  },
  send: {
    method: 'POST',
    path: '/conversations/:id/messages',
    summary: 'Send a message (stored, then pushed to every open screen); the same clientId twice stores it once',
    params: idParamSchema,
    body: sendChatMessageSchema,
    response: chatMessageSchema,
  },
  markRead: {
    method: 'POST',
    path: '/conversations/:id/read',
    summary: 'I have seen the messages up to this seq',
    params: idParamSchema,
    body: markReadSchema,
    response: conversationSchema,
    status: 200,
  },
  uploadAttachment: {
    method: 'POST',
    path: '/conversations/:id/attachments',
    summary:
      'Upload a file to send in this conversation (JPEG, PNG or PDF judged by content, at most 10 MB), field "file"',
    params: idParamSchema,
    upload: { field: 'file' },
    response: chatAttachmentSchema,
  },
  downloadAttachment: {
    method: 'GET',
    path: '/conversations/:id/attachments/:attachmentId',
    summary: 'A file sent in the conversation, for its readers',
    params: idParamSchema.extend({ attachmentId: idParamSchema.shape.id }),
    response: 'file',
  },
});
