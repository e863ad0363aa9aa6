import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Public, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { ContactRequestService } from './contact-request.service';
import {
  AnswerContactRequestDto,
  ContactRequestDto,
  ContactRequestIdParamDto,
  ContactRequestListQueryDto,
  ContactRequestPageDto,
  CreateContactRequestDto,
  CreateFinanceDto,
  FinanceDetailDto,
  FinanceIdParamDto,
  FinanceListQueryDto,
  FinancePageDto,
  UpdateFinanceDto,
} from './finance.dto';
import { FinanceService } from './finance.service';

@ApiTags('finance')
@Controller('finance')
export class FinanceController {
  constructor(
    private readonly finance: FinanceService,
    private readonly requests: ContactRequestService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Finance services (funds, talent loans, guarantees, insurance), by kind' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: FinancePageDto })
  list(@Query() query: FinanceListQueryDto) {
    return this.finance.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One finance service with its terms and audience' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: FinanceDetailDto })
  detail(@Param() params: FinanceIdParamDto) {
    return this.finance.detail(params.id);
  }

  @Post(':id/contact-requests')
  @RolesWithConsent('talent', 'enterprise')
  @RateLimit('sensitive')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ask the provider to get in touch' })
  @ApiErrorResponses(400, 401, 403, 404, 429)
  @ZodResponse({ status: 201, type: ContactRequestDto })
  contact(@CurrentUser() user: AuthUser, @Param() params: FinanceIdParamDto, @Body() body: CreateContactRequestDto) {
    return this.requests.create(user.id, params.id, body);
  }
}

@ApiTags('finance')
@ApiBearerAuth()
@Controller('me/contact-requests')
export class MyContactRequestController {
  constructor(private readonly requests: ContactRequestService) {}

  @Get()
  @Roles('talent', 'enterprise')
  @ApiOperation({ summary: "The caller's contact requests with their status and replies, newest first" })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ContactRequestPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ContactRequestListQueryDto) {
    return this.requests.listMine(user.id, query);
  }
}

/** The provider side: staff for every request, a provider's members for the requests to their organisation. */
@ApiTags('finance')
@ApiBearerAuth()
@Controller('host/contact-requests')
export class HostContactRequestController {
  constructor(private readonly requests: ContactRequestService) {}

  @Get()
  @Roles('enterprise', ...STAFF_ROLES)
  @ApiOperation({ summary: 'Contact requests to the finance services the caller provides, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ContactRequestPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ContactRequestListQueryDto) {
    return this.requests.listForHost(user, query);
  }

  @Post(':id/answer')
  @Roles('enterprise', ...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reply to a request, optionally closing it' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ContactRequestDto })
  answer(@CurrentUser() user: AuthUser, @Param() params: ContactRequestIdParamDto, @Body() body: AnswerContactRequestDto) {
    return this.requests.answer(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/finance')
export class StaffFinanceController {
  constructor(private readonly finance: FinanceService) {}

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Add a finance service (indexed for search)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: FinanceDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateFinanceDto) {
    return this.finance.create(body, user.id);
  }

  @Patch(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Edit a finance service; fields left out keep their values' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: FinanceDetailDto })
  update(@CurrentUser() user: AuthUser, @Param() params: FinanceIdParamDto, @Body() body: UpdateFinanceDto) {
    return this.finance.update(params.id, body, user.id);
  }
}
