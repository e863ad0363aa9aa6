import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { API } from '@ihaigui/shared';
import {
  CurrentUser,
  OptionalUser,
  Roles,
  SignedIn,
  STAFF_ROLES,
  VerifiedOrganization,
} from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  AddSlotDto,
  AttendeeQueryDto,
  CheckInDto,
  EventEmptyBodyDto,
  EventIdParamDto,
  EventInputDto,
  EventListQueryDto,
  MarkInterestDto,
  MyEventQueryDto,
  ReorderSlotsDto,
  SlotParamDto,
  StaffEventQueryDto,
  UpdateEventDto,
} from './event.dto';
import { EventService } from './event.service';
import { RegistrationService } from './registration.service';
import { RoadshowService } from './roadshow.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('events')
@Controller()
export class EventController {
  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly roadshows: RoadshowService,
  ) {}

  @Endpoint(API.events.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: EventListQueryDto) {
    return this.events.listPublic(query);
  }

  @Endpoint(API.events.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: EventIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.events.readPublic(params.id, user);
  }

  @Endpoint(API.events.register)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409)
  register(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EventEmptyBodyDto) {
    return this.registrations.register(user.id, params.id);
  }

  @Endpoint(API.events.cancelRegistration)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409)
  cancel(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto) {
    return this.registrations.cancel(user.id, params.id);
  }

  @Endpoint(API.events.markInterest)
  @ApiBearerAuth()
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404, 409)
  async interest(
    @CurrentUser() user: AuthUser,
    @Param() params: SlotParamDto,
    @Body() body: MarkInterestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.roadshows.markInterest(user.id, params.id, params.slotId, body.note);
    if (!result.created) reply.status(200);
    return result;
  }
}

@ApiTags('events')
@ApiBearerAuth()
@Controller()
export class MyEventController {
  constructor(private readonly registrations: RegistrationService) {}

  @Endpoint(API.events.listMine)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: MyEventQueryDto) {
    return this.registrations.listMine(user.id, query);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffEventController {
  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly roadshows: RoadshowService,
  ) {}

  @Endpoint(API.events.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffEventQueryDto) {
    return this.events.listForStaff(query);
  }

  @Endpoint(API.events.create)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  create(@CurrentUser() user: AuthUser, @Body() body: EventInputDto) {
    return this.events.createForStaff(user.id, body);
  }

  @Endpoint(API.events.staffDetail)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto) {
    return this.events.readForStaff(user.id, params.id);
  }

  @Endpoint(API.events.update)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  update(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: UpdateEventDto) {
    return this.events.update(user.id, params.id, body);
  }

  @Endpoint(API.events.publish)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  publish(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EventEmptyBodyDto) {
    return this.events.publishForStaff(user.id, params.id);
  }

  @Endpoint(API.events.cancel)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  cancel(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EventEmptyBodyDto) {
    return this.events.cancel(user.id, params.id);
  }

  @Endpoint(API.events.attendees)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  attendees(@Param() params: EventIdParamDto, @Query() query: AttendeeQueryDto) {
    return this.registrations.listAttendees(params.id, query);
  }

  @Endpoint(API.events.checkIn)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  checkIn(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: CheckInDto) {
    return this.registrations.checkIn(user.id, params.id, body.code);
  }

  @Endpoint(API.events.addSlot)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  async addSlot(
    @CurrentUser() user: AuthUser,
    @Param() params: EventIdParamDto,
    @Body() body: AddSlotDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.roadshows.addSlotForStaff(user.id, params.id, body);
    if (!result.created) reply.status(200);
    return result.detail;
  }

  @Endpoint(API.events.reorderSlots)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  reorder(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: ReorderSlotsDto) {
    return this.roadshows.reorder(user.id, params.id, body.slotIds);
  }

  @Endpoint(API.events.removeSlot)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  removeSlot(@CurrentUser() user: AuthUser, @Param() params: SlotParamDto) {
    return this.roadshows.removeSlot(user.id, params.id, params.slotId);
  }
}
