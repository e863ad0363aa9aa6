import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  NotificationEmptyBodyDto,
  NotificationIdParamDto,
  NotificationListQueryDto,
  SubscribeDto,
} from './notification.dto';
import { NotificationService } from './notification.service';

/** The caller's inbox. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Endpoint(API.notifications.list)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQueryDto) {
    return this.notifications.list(user.id, query);
  }

  @Endpoint(API.notifications.unreadCount)
  @SignedIn()
  @ApiErrorResponses(401)
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notifications.unreadCount(user.id);
  }

  @Endpoint(API.notifications.readAll)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  readAll(@CurrentUser() user: AuthUser, @Body() _body: NotificationEmptyBodyDto) {
    return this.notifications.markAllRead(user.id);
  }

  @Endpoint(API.notifications.read)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  read(
    @CurrentUser() user: AuthUser,
    @Param() params: NotificationIdParamDto,
    @Body() _body: NotificationEmptyBodyDto,
  ) {
    return this.notifications.markRead(user.id, params.id);
  }

  @Endpoint(API.notifications.subscribe)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  async subscribe(@CurrentUser() user: AuthUser, @Body() body: SubscribeDto): Promise<void> {
    await this.notifications.recordSubscription(user.id, body.template, body.accepted);
  }
}
