import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import {
  AnnouncementIdParamDto,
  AnnouncementListQueryDto,
  CreateAnnouncementDto,
  EmptyBodyDto,
  PinAnnouncementDto,
  PublishAnnouncementDto,
  StaffAnnouncementQueryDto,
  UpdateAnnouncementDto,
} from './announcement.dto';
import { AnnouncementService } from './announcement.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('announcements')
@Controller()
export class AnnouncementController {
  constructor(private readonly announcements: AnnouncementService) {}

  @Endpoint(API.announcements.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: AnnouncementListQueryDto) {
    return this.announcements.listPublished(query);
  }

  @Endpoint(API.announcements.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: AnnouncementIdParamDto) {
    return this.announcements.readPublished(params.id);
  }
}

/** The staff console's announcement editor: every change goes through the service and into the audit log. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffAnnouncementController {
  constructor(private readonly announcements: AnnouncementService) {}

  @Endpoint(API.announcements.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffAnnouncementQueryDto) {
    return this.announcements.listForStaff(query);
  }

  @Endpoint(API.announcements.create)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAnnouncementDto) {
    return this.announcements.create(body, user.id);
  }

  @Endpoint(API.announcements.staffDetail)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  get(@Param() params: AnnouncementIdParamDto) {
    return this.announcements.getRecord(params.id);
  }

  @Endpoint(API.announcements.update)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() body: UpdateAnnouncementDto) {
    return this.announcements.update(params.id, body, user.id);
  }

  @Endpoint(API.announcements.publish)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  publish(
    @CurrentUser() user: AuthUser,
    @Param() params: AnnouncementIdParamDto,
    @Body() body: PublishAnnouncementDto,
  ) {
    return this.announcements.publish(params.id, user.id, body.at ? new Date(body.at) : undefined);
  }

  @Endpoint(API.announcements.archive)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403, 404, 409)
  archive(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.announcements.archive(params.id, user.id);
  }

  @Endpoint(API.announcements.pin)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  pin(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() body: PinAnnouncementDto) {
    return this.announcements.setPinned(params.id, body.pinned, user.id);
  }
}
