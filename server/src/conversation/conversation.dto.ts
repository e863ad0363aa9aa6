import { createZodDto } from 'nestjs-zod';
import {
  API,
  chatHistoryQuerySchema,
  conversationListQuerySchema,
  conversationRefParamSchema,
  idParamSchema,
  markReadSchema,
  sendChatMessageSchema,
} from '@ihaigui/shared';

/* Request DTOs of the conversation routes, each made from its route's own schema (responses: see the route contract). */

export class ConversationIdParamDto extends createZodDto(idParamSchema) {}
/** The contract declares this one inline: the DTO takes the contract's own schema. */
export class ConversationAttachmentParamDto extends createZodDto(API.conversations.downloadAttachment.params) {}
export class ConversationRefParamDto extends createZodDto(conversationRefParamSchema) {}
export class ConversationListQueryDto extends createZodDto(conversationListQuerySchema) {}
export class ChatHistoryQueryDto extends createZodDto(chatHistoryQuerySchema) {}
export class SendChatMessageDto extends createZodDto(sendChatMessageSchema) {}
export class MarkReadDto extends createZodDto(markReadSchema) {}
