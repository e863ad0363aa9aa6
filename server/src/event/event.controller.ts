import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { CurrentUser, OptionalUser, Public, Roles, SignedIn, STAFF_ROLES, VerifiedOrganization } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  AddSlotDto,
  AttendeePageDto,
  AttendeeQueryDto,
  CheckInDto,
  CheckInResultDto,
  EventDetailDto,
  EventIdParamDto,
  EventInputDto,
  EventListQueryDto,
  EventPageDto,
  MarkInterestDto,
  MarkInterestResultDto,
  MyEventPageDto,
  MyEventQueryDto,
  MyRegistrationDto,
  ReorderSlotsDto,
  SlotParamDto,
  StaffEventQueryDto,
  UpdateEventDto,
} from './event.dto';
import { EventService } from './event.service';
import { RegistrationService } from './registration.service';
import { RoadshowService } from './roadshow.service';

@ApiTags('events')
@Controller('events')
export class EventController {
  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly roadshows: RoadshowService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published events: upcoming (soonest first) or past (latest first), by kind' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: EventPageDto })
  list(@Query() query: EventListQueryDto) {
    return this.events.listPublic(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One event with the running order of a roadshow; the live link only for those holding a place' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: EventDetailDto })
  detail(@Param() params: EventIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.events.readPublic(params.id, user);
  }

  @Post(':id/registrations')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Register: a place with a check-in code while places last, else the waitlist' })
  @ApiErrorResponses(400, 401, 404, 409)
  @ZodResponse({ status: 201, type: MyRegistrationDto })
  register(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.registrations.register(user.id, params.id);
  }

  @Delete(':id/registrations/me')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Cancel my registration before the event starts; a freed place goes to the first on the waitlist' })
  @ApiErrorResponses(400, 401, 404, 409)
  @ZodResponse({ type: MyRegistrationDto })
  cancel(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto) {
    return this.registrations.cancel(user.id, params.id);
  }

  @Post(':id/slots/:slotId/interest')
  @ApiBearerAuth()
  @VerifiedOrganization()
  @ApiOperation({
    summary: 'Mark interest in a roadshow project: opens an intention with its owner (201), or answers with the one already open (200)',
  })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: MarkInterestResultDto })
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
@Controller('me/events')
export class MyEventController {
  constructor(private readonly registrations: RegistrationService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Events I registered for or wait for: upcoming (soonest first) or past (latest first)' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ type: MyEventPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: MyEventQueryDto) {
    return this.registrations.listMine(user.id, query);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/events')
export class StaffEventController {
  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly roadshows: RoadshowService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Every event in any state, latest start first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: EventPageDto })
  list(@Query() query: StaffEventQueryDto) {
    return this.events.listForStaff(query);
  }

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Create an event as a draft' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ status: 201, type: EventDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() body: EventInputDto) {
    return this.events.createForStaff(user.id, body);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One event in any state, with its live link and running order' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: EventDetailDto })
  read(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto) {
    return this.events.readForStaff(user.id, params.id);
  }

  @Patch(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Edit an event; a capacity below the places taken is refused (422), a higher one serves the waitlist' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ type: EventDetailDto })
  update(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: UpdateEventDto) {
    return this.events.update(user.id, params.id, body);
  }

  @Post(':id/publish')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: EventDetailDto })
  publish(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.events.publishForStaff(user.id, params.id);
  }

  @Post(':id/cancel')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an event; everyone registered or waitlisted is told' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: EventDetailDto })
  cancel(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.events.cancel(user.id, params.id);
  }

  @Get(':id/attendees')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Registrations in the order they came, by status' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: AttendeePageDto })
  attendees(@Param() params: EventIdParamDto, @Query() query: AttendeeQueryDto) {
    return this.registrations.listAttendees(params.id, query);
  }

  @Post(':id/check-in')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Check in a scanned or typed code; a second scan answers alreadyCheckedIn' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: CheckInResultDto })
  checkIn(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: CheckInDto) {
    return this.registrations.checkIn(user.id, params.id, body.code);
  }

  @Post(':id/slots')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Append a shortlisted project to a roadshow’s running order (200 when it is on it already)' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ status: 201, type: EventDetailDto })
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

  @Put(':id/slots/order')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Set the running order: exactly the event’s slot ids, each once' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ type: EventDetailDto })
  reorder(@CurrentUser() user: AuthUser, @Param() params: EventIdParamDto, @Body() body: ReorderSlotsDto) {
    return this.roadshows.reorder(user.id, params.id, body.slotIds);
  }

  @Delete(':id/slots/:slotId')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Take a project off the running order (not once organisations marked interest in it)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: EventDetailDto })
  removeSlot(@CurrentUser() user: AuthUser, @Param() params: SlotParamDto) {
    return this.roadshows.removeSlot(user.id, params.id, params.slotId);
  }
}
