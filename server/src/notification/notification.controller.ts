import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  NotificationDto,
  NotificationEmptyBodyDto,
  NotificationIdParamDto,
  NotificationListQueryDto,
  NotificationPageDto,
  SubscribeDto,
  UnreadCountDto,
} from './notification.dto';
import { NotificationService } from './notification.service';

/** The caller's inbox. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get('notifications')
  @SignedIn()
  @ApiOperation({ summary: 'My messages, newest first, with the unread count' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQueryDto) {
    return this.notifications.list(user.id, query);
  }

  @Get('notifications/unread-count')
  @SignedIn()
  @ApiOperation({ summary: 'How many of my messages are unread (the badge on the 我的 tab)' })
  @ApiErrorResponses(401)
  @ZodResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notifications.unreadCount(user.id);
  }

  @Post('notifications/read-all')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my messages read' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ status: 200, type: UnreadCountDto })
  readAll(@CurrentUser() user: AuthUser, @Body() _body: NotificationEmptyBodyDto) {
    return this.notifications.markAllRead(user.id);
  }

  @Post('notifications/:id/read')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my messages read' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ status: 200, type: NotificationDto })
  read(@CurrentUser() user: AuthUser, @Param() params: NotificationIdParamDto, @Body() _body: NotificationEmptyBodyDto) {
    return this.notifications.markRead(user.id, params.id);
  }

  @Post('wechat-subscriptions')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'What wx.requestSubscribeMessage answered: an acceptance allows one more WeChat message' })
  @ApiErrorResponses(400, 401)
  async subscribe(@CurrentUser() user: AuthUser, @Body() body: SubscribeDto): Promise<void> {
    await this.notifications.recordSubscription(user.id, body.template, body.accepted);
  }
}
