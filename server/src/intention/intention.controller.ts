import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles, RolesWithConsent, SignedIn, STAFF_ROLES, VerifiedOrganization } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  CreateOfflineIntentionDto,
  IntentionDetailDto,
  IntentionIdParamDto,
  IntentionListQueryDto,
  IntentionPageDto,
  MoveIntentionDto,
  ProposeToOrganizationDto,
  ProposeToTalentDto,
  RecordIntentionStepDto,
  StaffIntentionQueryDto,
} from './intention.dto';
import { IntentionService } from './intention.service';

/** The organisation side. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller('org/intentions')
export class OrgIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Post()
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Propose an intention to an accepted project (its owner) or to a talent open to organisations' })
  @ApiErrorResponses(400, 401, 403, 409, 422)
  @ZodResponse({ status: 201, type: IntentionDetailDto })
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeToTalentDto) {
    return this.intentions.proposeToTalent(user.id, body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Our organisation’s intentions, newest activity first (404 without an organisation)' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: IntentionPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: IntentionListQueryDto) {
    return this.intentions.listForOrganization(user.id, query);
  }
}

/** The talent side. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller('me/intentions')
export class MyIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Post()
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Propose an intention to a verified organisation, optionally with one of my accepted projects' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ status: 201, type: IntentionDetailDto })
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeToOrganizationDto) {
    return this.intentions.proposeToOrganization(user.id, body);
  }

  @Get()
  @Roles('talent')
  @ApiOperation({ summary: 'My intentions, newest activity first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: IntentionPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: IntentionListQueryDto) {
    return this.intentions.listMine(user.id, query);
  }
}

/** One intention: the two parties and staff only. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller('intentions')
export class IntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'An intention with every step and its note, and what the caller may do next (parties and staff)' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: IntentionDetailDto })
  read(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto) {
    return this.intentions.read(user, params.id);
  }

  @Post(':id/steps')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'A party’s next step: accept or decline (the side proposed to), meeting, letter of intent, landing agreement, withdraw' })
  @ApiErrorResponses(400, 401, 404, 409)
  @ZodResponse({ status: 200, type: IntentionDetailDto })
  move(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto, @Body() body: MoveIntentionDto) {
    return this.intentions.move(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/intentions')
export class StaffIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Every intention, newest activity first, by status and event' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: IntentionPageDto })
  list(@Query() query: StaffIntentionQueryDto) {
    return this.intentions.listForStaff(query);
  }

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Record an intention that began offline (both sides are told)' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ status: 201, type: IntentionDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOfflineIntentionDto) {
    return this.intentions.createOffline(user.id, body);
  }

  @Post(':id/steps')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a step made offline, for either side (both sides are told)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: IntentionDetailDto })
  record(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto, @Body() body: RecordIntentionStepDto) {
    return this.intentions.recordStep(user.id, params.id, body);
  }
}
