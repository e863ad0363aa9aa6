import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { CurrentUser, OptionalUser, Public, Roles, RolesWithConsent, STAFF_ROLES, VerifiedOrganization } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { ChallengeResponseService } from './challenge-response.service';
import {
  ChallengeDetailDto,
  ChallengeIdParamDto,
  ChallengeInputDto,
  ChallengeListQueryDto,
  ChallengePageDto,
  ChallengeRecordDto,
  ChallengeRecordPageDto,
  ChallengeResponseDto,
  ChallengeResponsePageDto,
  ChallengeResponseParamDto,
  MoveResponseDto,
  MyResponsesQueryDto,
  OrgChallengeQueryDto,
  RespondChallengeDto,
  ResponseListQueryDto,
  ReviewChallengeDto,
  StaffChallengeQueryDto,
  UpdateChallengeDto,
} from './challenge.dto';
import { ChallengeService } from './challenge.service';

/** 揭榜挂帅 for talents: the open challenges and responding to them. */
@ApiTags('challenges')
@Controller('challenges')
export class ChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Open challenges before their deadline, newest first, by field and text' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: ChallengePageDto })
  list(@Query() query: ChallengeListQueryDto) {
    return this.challenges.listPublic(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One challenge (under review or rejected: its organisation and staff only), with my response' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: ChallengeDetailDto })
  detail(@Param() params: ChallengeIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.challenges.readPublic(params.id, user);
  }

  @Post(':id/responses')
  @ApiBearerAuth()
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Respond (揭榜) with a proposal, alone or with one of my accepted projects' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: ChallengeResponseDto })
  respond(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: RespondChallengeDto) {
    return this.responses.respond(user.id, params.id, body);
  }

  @Delete(':id/responses/me')
  @ApiBearerAuth()
  @Roles('talent')
  @ApiOperation({ summary: 'Withdraw my response while it is submitted or shortlisted' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ChallengeResponseDto })
  withdraw(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto) {
    return this.responses.withdraw(user.id, params.id);
  }
}

@ApiTags('challenges')
@ApiBearerAuth()
@Controller('me/challenge-responses')
export class MyChallengeResponseController {
  constructor(private readonly responses: ChallengeResponseService) {}

  @Get()
  @Roles('talent')
  @ApiOperation({ summary: 'My responses to challenges, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ChallengeResponsePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: MyResponsesQueryDto) {
    return this.responses.listMine(user.id, query);
  }
}

/** The organisation side: members post (verified organisations only), follow and award their challenges. */
@ApiTags('challenges')
@ApiBearerAuth()
@Controller('org/challenges')
export class OrgChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Post()
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Post a challenge (张榜): content check, then staff review (422 CONTENT_RISKY when refused)' })
  @ApiErrorResponses(400, 401, 403, 422, 503)
  @ZodResponse({ status: 201, type: ChallengeRecordDto })
  create(@CurrentUser() user: AuthUser, @Body() body: ChallengeInputDto) {
    return this.challenges.create(user.id, body);
  }

  @Get()
  @Roles('enterprise')
  @ApiOperation({ summary: 'Our challenges in every state, newest first' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChallengeRecordPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: OrgChallengeQueryDto) {
    return this.challenges.listOwn(user.id, query);
  }

  @Get(':id')
  @Roles('enterprise')
  @ApiOperation({ summary: 'One of our challenges with its review outcome' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChallengeRecordDto })
  read(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto) {
    return this.challenges.readOwn(user.id, params.id);
  }

  @Patch(':id')
  @RolesWithConsent('enterprise')
  @ApiOperation({ summary: 'Edit a challenge: checked again and back to review; fields left out keep their values' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  @ZodResponse({ type: ChallengeRecordDto })
  update(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: UpdateChallengeDto) {
    return this.challenges.update(user.id, params.id, body);
  }

  @Post(':id/close')
  @RolesWithConsent('enterprise')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a challenge without a pick; responders still in the running are told' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ChallengeRecordDto })
  close(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.challenges.close(user.id, params.id);
  }

  @Get(':id/responses')
  @Roles('enterprise')
  @ApiOperation({ summary: 'The responses to one of our challenges, in the order they came' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChallengeResponsePageDto })
  responsesOf(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Query() query: ResponseListQueryDto) {
    return this.responses.listForOrganization(user.id, params.id, query);
  }

  @Post(':id/responses/:responseId')
  @RolesWithConsent('enterprise')
  @HttpCode(200)
  @ApiOperation({ summary: 'Shortlist a response, or pick it: the challenge is awarded and an intention opened with the responder' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ChallengeResponseDto })
  move(@CurrentUser() user: AuthUser, @Param() params: ChallengeResponseParamDto, @Body() body: MoveResponseDto) {
    return this.responses.move(user.id, params.id, params.responseId, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/challenges')
export class StaffChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Review queue (oldest first) and the other states (newest first)' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ChallengeRecordPageDto })
  list(@Query() query: StaffChallengeQueryDto) {
    return this.challenges.listForStaff(query);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One challenge in any state, with its full text, for review' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChallengeRecordDto })
  read(@Param() params: ChallengeIdParamDto) {
    return this.challenges.readForStaff(params.id);
  }

  @Get(':id/responses')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The responses to a challenge' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChallengeResponsePageDto })
  responsesOf(@Param() params: ChallengeIdParamDto, @Query() query: ResponseListQueryDto) {
    return this.responses.listForStaff(params.id, query);
  }

  @Post(':id/review')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (open from now) or reject with a reason the organisation reads' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ChallengeRecordDto })
  review(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: ReviewChallengeDto) {
    return this.challenges.review(user.id, params.id, body);
  }
}
