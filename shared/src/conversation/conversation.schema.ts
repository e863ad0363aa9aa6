import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../common/pagination';

/**
 * 洽谈: one conversation per intention (organisation ↔ project owner or talent; staff may read and post) and per job
 * application (applicant ↔ the organisation). Messages are stored first, numbered per conversation (`seq` 1, 2, …),
 * then pushed over the live socket; a client that missed any asks for those after the last `seq` it has.
 * A final intention (declined, signed, withdrawn) or application (rejected, withdrawn) makes it read-only.
 */
export const CONVERSATION_KINDS = ['intention', 'application'] as const;
export const conversationKindSchema = z.enum(CONVERSATION_KINDS);
export type ConversationKind = z.infer<typeof conversationKindSchema>;

export const MAX_CHAT_MESSAGE_LENGTH = 2000;
/** Largest file attached to a message (image or PDF, judged by content). */
export const MAX_CHAT_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Messages a page of history holds at most. */
export const MAX_CHAT_PAGE = 100;

export const chatAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int(),
  url: z.string().describe('Download path (the conversation’s readers only)'),
});
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;

/** Which side wrote a message: the two parties, or the service station's staff (intentions only). */
export const CHAT_SIDES = ['organization', 'talent', 'staff'] as const;
export type ChatSide = (typeof CHAT_SIDES)[number];

export const chatMessageSchema = z.object({
  id: z.number().int(),
  conversationId: z.number().int(),
  /** 1, 2, 3 … within the conversation, without gaps: the order, and how a client knows what it missed. */
  seq: z.number().int(),
  side: z.enum(CHAT_SIDES),
  authorName: z.string(),
  /** The reader's own message. */
  mine: z.boolean(),
  body: z.string(),
  attachment: chatAttachmentSchema.nullable(),
  /** The sender's id for this message: a retry with the same one is answered with the stored message. */
  clientId: z.string().nullable(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const conversationSchema = z.object({
  id: z.number().int(),
  kind: conversationKindSchema,
  /** The intention's or the application's id. */
  refId: z.number().int(),
  /** What it is about, as the reader sees it: the other party and the project or position. */
  title: z.string(),
  titleEn: z.string().nullable(),
  counterpart: z.string(),
  /** The reader's side. */
  side: z.enum(CHAT_SIDES),
  readOnly: z.boolean(),
  lastSeq: z.number().int(),
  lastMessage: chatMessageSchema.pick({ body: true, side: true, createdAt: true }).nullable(),
  /** The reader's last seen seq, and what is newer than it. */
  readSeq: z.number().int(),
  unread: z.number().int(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;
export const conversationPageSchema = pageSchema(conversationSchema);

export const conversationRefParamSchema = z.object({
  kind: conversationKindSchema,
  refId: z.coerce.number().int().min(1).max(2_147_483_647),
});
export const chatHistoryQuerySchema = z.object({
  /** Messages with a larger seq than this (0: from the start). */
  after: z.coerce.number().int().min(0).default(0),
  /** Or the messages before this seq (older history, newest page first). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CHAT_PAGE).default(50),
});
export const chatHistorySchema = z.object({
  /** Ordered by seq, ascending. */
  items: z.array(chatMessageSchema),
  lastSeq: z.number().int(),
  /** More after the last one returned (ask again with after = its seq). */
  more: z.boolean(),
});
export const sendChatMessageSchema = z
  .strictObject({
    body: z.string().trim().max(MAX_CHAT_MESSAGE_LENGTH).default(''),
    attachmentId: z.number().int().positive().nullable().default(null),
    /** Chosen by the sender (a UUID): sending twice stores one message. */
    clientId: z.string().min(8).max(64),
  })
  .refine((m) => m.body.length > 0 || m.attachmentId !== null, { message: 'say something', path: ['body'] });
export type SendChatMessage = z.input<typeof sendChatMessageSchema>;
export const markReadSchema = z.strictObject({ seq: z.number().int().min(0) });
export const conversationListQuerySchema = pageQuerySchema;
export const chatUnreadSchema = z.object({ total: z.number().int() });

/**
 * The live socket: `GET /api/v1/live?token=<access token>` upgraded to a WebSocket (the token in the query: WeChat's
 * connectSocket and browsers cannot set an Authorization header on it). JSON frames both ways.
 */
export const LIVE_PATH = '/api/v1/live';
export const liveServerFrameSchema = z.discriminatedUnion('type', [
  /** The connection is authenticated and subscribed to the reader's conversations. */
  z.object({ type: z.literal('ready'), userId: z.number().int() }),
  z.object({ type: z.literal('message'), message: chatMessageSchema }),
  /** Someone read up to `seq` (the reader's own other devices, or the other party). */
  z.object({
    type: z.literal('read'),
    conversationId: z.number().int(),
    side: z.enum(CHAT_SIDES),
    seq: z.number().int(),
  }),
  /** A consultation of the reader's (asker or staff) changed: fetch it again. */
  z.object({ type: z.literal('consultation'), consultationId: z.number().int() }),
  z.object({ type: z.literal('pong') }),
]);
export type LiveServerFrame = z.infer<typeof liveServerFrameSchema>;
export const liveClientFrameSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })]);
export type LiveClientFrame = z.infer<typeof liveClientFrameSchema>;
/** Close codes the server uses: the token is missing or expired (sign in again, then reconnect). */
export const LIVE_CLOSE_UNAUTHORIZED = 4401;
