import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { CurrentUser, Public, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import {
  AnnouncementDetailDto,
  AnnouncementIdParamDto,
  AnnouncementListQueryDto,
  AnnouncementPageDto,
  AnnouncementRecordDto,
  AnnouncementRecordPageDto,
  CreateAnnouncementDto,
  EmptyBodyDto,
  PinAnnouncementDto,
  PublishAnnouncementDto,
  StaffAnnouncementQueryDto,
  UpdateAnnouncementDto,
} from './announcement.dto';
import { AnnouncementService } from './announcement.service';

@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementController {
  constructor(private readonly announcements: AnnouncementService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published announcements, pinned first then newest' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: AnnouncementPageDto })
  list(@Query() query: AnnouncementListQueryDto) {
    return this.announcements.listPublished(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One published announcement; counts a view' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: AnnouncementDetailDto })
  detail(@Param() params: AnnouncementIdParamDto) {
    return this.announcements.readPublished(params.id);
  }
}

/** The staff console's announcement editor: every change goes through the service and into the audit log. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/announcements')
export class StaffAnnouncementController {
  constructor(private readonly announcements: AnnouncementService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'All announcements in any state, most recently changed first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: AnnouncementRecordPageDto })
  list(@Query() query: StaffAnnouncementQueryDto) {
    return this.announcements.listForStaff(query);
  }

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Create a draft' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ status: 201, type: AnnouncementRecordDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAnnouncementDto) {
    return this.announcements.create(body, user.id);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One announcement in any state' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: AnnouncementRecordDto })
  get(@Param() params: AnnouncementIdParamDto) {
    return this.announcements.getRecord(params.id);
  }

  @Patch(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Edit fields (body re-sanitised)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: AnnouncementRecordDto })
  update(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() body: UpdateAnnouncementDto) {
    return this.announcements.update(params.id, body, user.id);
  }

  @Post(':id/publish')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish now, or at a later time (scheduled)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: AnnouncementRecordDto })
  publish(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() body: PublishAnnouncementDto) {
    return this.announcements.publish(params.id, user.id, body.at ? new Date(body.at) : undefined);
  }

  @Post(':id/archive')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Take off the public list' })
  @ApiErrorResponses(401, 403, 404, 409)
  @ZodResponse({ status: 200, type: AnnouncementRecordDto })
  archive(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.announcements.archive(params.id, user.id);
  }

  @Put(':id/pin')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Pin or unpin' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: AnnouncementRecordDto })
  pin(@CurrentUser() user: AuthUser, @Param() params: AnnouncementIdParamDto, @Body() body: PinAnnouncementDto) {
    return this.announcements.setPinned(params.id, body.pinned, user.id);
  }
}
