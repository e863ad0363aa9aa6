import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { ContactRequestService } from './contact-request.service';
import {
  AnswerContactRequestDto,
  ContactRequestIdParamDto,
  ContactRequestListQueryDto,
  CreateContactRequestDto,
  CreateFinanceDto,
  FinanceIdParamDto,
  FinanceListQueryDto,
  UpdateFinanceDto,
} from './finance.dto';
import { FinanceService } from './finance.service';

@ApiTags('finance')
@Controller()
export class FinanceController {
  constructor(
    private readonly finance: FinanceService,
    private readonly requests: ContactRequestService,
  ) {}

  @Endpoint(API.finance.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: FinanceListQueryDto) {
    return this.finance.list(query);
  }

  @Endpoint(API.finance.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: FinanceIdParamDto) {
    return this.finance.detail(params.id);
  }

  @Endpoint(API.finance.contact)
  @RolesWithConsent('talent', 'enterprise')
  @RateLimit('sensitive')
  @ApiBearerAuth()
  @ApiErrorResponses(400, 401, 403, 404, 429)
  contact(@CurrentUser() user: AuthUser, @Param() params: FinanceIdParamDto, @Body() body: CreateContactRequestDto) {
    return this.requests.create(user.id, params.id, body);
  }
}

@ApiTags('finance')
@ApiBearerAuth()
@Controller()
export class MyContactRequestController {
  constructor(private readonly requests: ContactRequestService) {}

  @Endpoint(API.finance.myContactRequests)
  @Roles('talent', 'enterprise')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: ContactRequestListQueryDto) {
    return this.requests.listMine(user.id, query);
  }
}

/** The provider side: staff for every request, a provider's members for the requests to their organisation. */
@ApiTags('finance')
@ApiBearerAuth()
@Controller()
export class HostContactRequestController {
  constructor(private readonly requests: ContactRequestService) {}

  @Endpoint(API.finance.hostContactRequests)
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: ContactRequestListQueryDto) {
    return this.requests.listForHost(user, query);
  }

  @Endpoint(API.finance.answerContactRequest)
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  answer(
    @CurrentUser() user: AuthUser,
    @Param() params: ContactRequestIdParamDto,
    @Body() body: AnswerContactRequestDto,
  ) {
    return this.requests.answer(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffFinanceController {
  constructor(private readonly finance: FinanceService) {}

  @Endpoint(API.finance.create)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateFinanceDto) {
    return this.finance.create(body, user.id);
  }

  @Endpoint(API.finance.update)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param() params: FinanceIdParamDto, @Body() body: UpdateFinanceDto) {
    return this.finance.update(params.id, body, user.id);
  }
}
