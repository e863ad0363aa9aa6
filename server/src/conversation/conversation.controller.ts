import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API, MAX_CHAT_ATTACHMENT_BYTES } from '@ihaigui/shared';
import { CurrentUser, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import {
  ChatHistoryQueryDto,
  ConversationAttachmentParamDto,
  ConversationIdParamDto,
  ConversationListQueryDto,
  ConversationRefParamDto,
  MarkReadDto,
  SendChatMessageDto,
} from './conversation.dto';
import { ConversationService } from './conversation.service';

/** 洽谈: every route is for signed-in readers; who reads which conversation is the service's rule (others get 404). */
@ApiTags('conversations')
@ApiBearerAuth()
@Controller()
export class ConversationController {
  constructor(private readonly conversations: ConversationService) {}

  @Endpoint(API.conversations.list)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: ConversationListQueryDto) {
    return this.conversations.list(user, query);
  }

  @Endpoint(API.conversations.unread)
  @SignedIn()
  @ApiErrorResponses(401)
  unread(@CurrentUser() user: AuthUser) {
    return this.conversations.unread(user);
  }

  @Endpoint(API.conversations.forSubject)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  forSubject(@CurrentUser() user: AuthUser, @Param() params: ConversationRefParamDto) {
    return this.conversations.forSubject(user, params.kind, params.refId);
  }

  @Endpoint(API.conversations.detail)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  detail(@CurrentUser() user: AuthUser, @Param() params: ConversationIdParamDto) {
    return this.conversations.detail(user, params.id);
  }

  @Endpoint(API.conversations.history)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  history(@CurrentUser() user: AuthUser, @Param() params: ConversationIdParamDto, @Query() query: ChatHistoryQueryDto) {
    return this.conversations.history(user, params.id, query);
  }

  @Endpoint(API.conversations.send)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409, 422)
  send(@CurrentUser() user: AuthUser, @Param() params: ConversationIdParamDto, @Body() body: SendChatMessageDto) {
    return this.conversations.send(user, params.id, body);
  }

  @Endpoint(API.conversations.markRead)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  markRead(@CurrentUser() user: AuthUser, @Param() params: ConversationIdParamDto, @Body() body: MarkReadDto) {
    return this.conversations.markRead(user, params.id, body.seq);
  }

  @Endpoint(API.conversations.uploadAttachment)
  @SignedIn()
  @RateLimit('sensitive')
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 404, 409, 413, 415, 429)
  async uploadAttachment(
    @CurrentUser() user: AuthUser,
    @Param() params: ConversationIdParamDto,
    @Req() request: FastifyRequest,
  ) {
    // Who may upload is checked before the file is read.
    await this.conversations.detail(user, params.id);
    return this.conversations.upload(
      user,
      params.id,
      await readSingleUpload(request, MAX_CHAT_ATTACHMENT_BYTES, 'CHAT_ATTACHMENT_TOO_LARGE'),
    );
  }

  @Endpoint(API.conversations.downloadAttachment)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  async downloadAttachment(
    @CurrentUser() user: AuthUser,
    @Param() params: ConversationAttachmentParamDto,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.conversations.download(user, params.id, params.attachmentId);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  }
}
