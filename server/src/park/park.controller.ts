import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Public, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  BookingIdParamDto,
  BookingListQueryDto,
  BookVisitDto,
  CancelBookingDto,
  CreateParkDto,
  CreateVisitSlotDto,
  ParkDetailDto,
  ParkIdParamDto,
  ParkListQueryDto,
  ParkPageDto,
  RespondBookingDto,
  UpdateParkDto,
  VisitBookingDto,
  VisitBookingPageDto,
  VisitSlotDto,
} from './park.dto';
import { ParkService } from './park.service';
import { VisitBookingService } from './visit-booking.service';

@ApiTags('parks')
@Controller('parks')
export class ParkController {
  constructor(
    private readonly parks: ParkService,
    private readonly bookings: VisitBookingService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Industrial parks, by district and industry' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: ParkPageDto })
  list(@Query() query: ParkListQueryDto) {
    return this.parks.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One park with its upcoming visit slots and linked policies' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: ParkDetailDto })
  detail(@Param() params: ParkIdParamDto) {
    return this.parks.detail(params.id);
  }

  @Post(':id/bookings')
  @RolesWithConsent('talent', 'enterprise')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Book places on a visit slot (waits for the park to confirm)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: VisitBookingDto })
  book(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: BookVisitDto) {
    return this.bookings.book(user.id, params.id, body);
  }
}

@ApiTags('parks')
@ApiBearerAuth()
@Controller('me/visit-bookings')
export class MyVisitBookingController {
  constructor(private readonly bookings: VisitBookingService) {}

  @Get()
  @Roles('talent', 'enterprise')
  @ApiOperation({ summary: "The caller's park visit bookings, newest first" })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: VisitBookingPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: BookingListQueryDto) {
    return this.bookings.listMine(user.id, query);
  }

  @Post(':id/cancel')
  @Roles('talent', 'enterprise')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a pending or confirmed visit before it starts' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: VisitBookingDto })
  cancel(@CurrentUser() user: AuthUser, @Param() params: BookingIdParamDto, @Body() _body: CancelBookingDto) {
    return this.bookings.cancel(user.id, params.id);
  }
}

/** The park side: staff for every park, an operator's members for the parks it runs. */
@ApiTags('parks')
@ApiBearerAuth()
@Controller('host/visit-bookings')
export class HostVisitBookingController {
  constructor(private readonly bookings: VisitBookingService) {}

  @Get()
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiOperation({ summary: 'Visit bookings of the parks the caller hosts, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: VisitBookingPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: BookingListQueryDto) {
    return this.bookings.listForHost(user, query);
  }

  @Post(':id/respond')
  @Roles('enterprise', ...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm or decline a pending visit, with an optional note to the visitor' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: VisitBookingDto })
  respond(@CurrentUser() user: AuthUser, @Param() params: BookingIdParamDto, @Body() body: RespondBookingDto) {
    return this.bookings.respond(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/parks')
export class StaffParkController {
  constructor(private readonly parks: ParkService) {}

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Add a park (indexed for search)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: ParkDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateParkDto) {
    return this.parks.create(body, user.id);
  }

  @Patch(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Edit a park; fields left out keep their values' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ParkDetailDto })
  update(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: UpdateParkDto) {
    return this.parks.update(params.id, body, user.id);
  }

  @Post(':id/slots')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Open a visit slot' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: VisitSlotDto })
  createSlot(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: CreateVisitSlotDto) {
    return this.parks.createSlot(params.id, body, user.id);
  }
}
