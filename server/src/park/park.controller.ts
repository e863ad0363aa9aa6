import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  BookingIdParamDto,
  BookingListQueryDto,
  BookVisitDto,
  CancelBookingDto,
  CreateParkDto,
  CreateVisitSlotDto,
  ParkIdParamDto,
  ParkListQueryDto,
  RespondBookingDto,
  UpdateParkDto,
} from './park.dto';
import { ParkService } from './park.service';
import { VisitBookingService } from './visit-booking.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('parks')
@Controller()
export class ParkController {
  constructor(
    private readonly parks: ParkService,
    private readonly bookings: VisitBookingService,
  ) {}

  @Endpoint(API.parks.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: ParkListQueryDto) {
    return this.parks.list(query);
  }

  @Endpoint(API.parks.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: ParkIdParamDto) {
    return this.parks.detail(params.id);
  }

  @Endpoint(API.parks.book)
  @RolesWithConsent('talent', 'enterprise')
  @ApiBearerAuth()
  @ApiErrorResponses(400, 401, 403, 404, 409)
  book(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: BookVisitDto) {
    return this.bookings.book(user.id, params.id, body);
  }
}

@ApiTags('parks')
@ApiBearerAuth()
@Controller()
export class MyVisitBookingController {
  constructor(private readonly bookings: VisitBookingService) {}

  @Endpoint(API.parks.myBookings)
  @Roles('talent', 'enterprise')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: BookingListQueryDto) {
    return this.bookings.listMine(user.id, query);
  }

  @Endpoint(API.parks.cancelBooking)
  @Roles('talent', 'enterprise')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  cancel(@CurrentUser() user: AuthUser, @Param() params: BookingIdParamDto, @Body() _body: CancelBookingDto) {
    return this.bookings.cancel(user.id, params.id);
  }
}

/** The park side: staff for every park, an operator's members for the parks it runs. */
@ApiTags('parks')
@ApiBearerAuth()
@Controller()
export class HostVisitBookingController {
  constructor(private readonly bookings: VisitBookingService) {}

  @Endpoint(API.parks.hostBookings)
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: BookingListQueryDto) {
    return this.bookings.listForHost(user, query);
  }

  @Endpoint(API.parks.respondBooking)
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  respond(@CurrentUser() user: AuthUser, @Param() params: BookingIdParamDto, @Body() body: RespondBookingDto) {
    return this.bookings.respond(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffParkController {
  constructor(private readonly parks: ParkService) {}

  @Endpoint(API.parks.create)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateParkDto) {
    return this.parks.create(body, user.id);
  }

  @Endpoint(API.parks.update)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: UpdateParkDto) {
    return this.parks.update(params.id, body, user.id);
  }

  @Endpoint(API.parks.createSlot)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  createSlot(@CurrentUser() user: AuthUser, @Param() params: ParkIdParamDto, @Body() body: CreateVisitSlotDto) {
    return this.parks.createSlot(params.id, body, user.id);
  }
}
