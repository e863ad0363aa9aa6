import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import {
  CurrentUser,
  OptionalUser,
  Roles,
  RolesWithConsent,
  STAFF_ROLES,
  VerifiedOrganization,
} from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { ChallengeResponseService } from './challenge-response.service';
import {
  ChallengeEmptyBodyDto,
  ChallengeIdParamDto,
  ChallengeInputDto,
  ChallengeListQueryDto,
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
import { RateLimit } from '../common/rate-limit/rate-limit';

/** 揭榜挂帅 for talents: the open challenges and responding to them. */
@ApiTags('challenges')
@Controller()
export class ChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Endpoint(API.challenges.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: ChallengeListQueryDto) {
    return this.challenges.listPublic(query);
  }

  @Endpoint(API.challenges.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: ChallengeIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.challenges.readPublic(params.id, user);
  }

  @Endpoint(API.challenges.respond)
  @ApiBearerAuth()
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  respond(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: RespondChallengeDto) {
    return this.responses.respond(user.id, params.id, body);
  }

  @Endpoint(API.challenges.withdraw)
  @ApiBearerAuth()
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  withdraw(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto) {
    return this.responses.withdraw(user.id, params.id);
  }
}

@ApiTags('challenges')
@ApiBearerAuth()
@Controller()
export class MyChallengeResponseController {
  constructor(private readonly responses: ChallengeResponseService) {}

  @Endpoint(API.challenges.myResponses)
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: MyResponsesQueryDto) {
    return this.responses.listMine(user.id, query);
  }
}

/** The organisation side: members post (verified organisations only), follow and award their challenges. */
@ApiTags('challenges')
@ApiBearerAuth()
@Controller()
export class OrgChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Endpoint(API.challenges.create)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 422, 503)
  create(@CurrentUser() user: AuthUser, @Body() body: ChallengeInputDto) {
    return this.challenges.create(user.id, body);
  }

  @Endpoint(API.challenges.listOwn)
  @Roles('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  list(@CurrentUser() user: AuthUser, @Query() query: OrgChallengeQueryDto) {
    return this.challenges.listOwn(user.id, query);
  }

  @Endpoint(API.challenges.readOwn)
  @Roles('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto) {
    return this.challenges.readOwn(user.id, params.id);
  }

  @Endpoint(API.challenges.update)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  update(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: UpdateChallengeDto) {
    return this.challenges.update(user.id, params.id, body);
  }

  @Endpoint(API.challenges.close)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  close(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() _body: ChallengeEmptyBodyDto) {
    return this.challenges.close(user.id, params.id);
  }

  @Endpoint(API.challenges.responsesOfOwn)
  @Roles('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  responsesOf(
    @CurrentUser() user: AuthUser,
    @Param() params: ChallengeIdParamDto,
    @Query() query: ResponseListQueryDto,
  ) {
    return this.responses.listForOrganization(user.id, params.id, query);
  }

  @Endpoint(API.challenges.moveResponse)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  move(@CurrentUser() user: AuthUser, @Param() params: ChallengeResponseParamDto, @Body() body: MoveResponseDto) {
    return this.responses.move(user.id, params.id, params.responseId, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffChallengeController {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly responses: ChallengeResponseService,
  ) {}

  @Endpoint(API.challenges.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffChallengeQueryDto) {
    return this.challenges.listForStaff(query);
  }

  @Endpoint(API.challenges.staffDetail)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  read(@Param() params: ChallengeIdParamDto) {
    return this.challenges.readForStaff(params.id);
  }

  @Endpoint(API.challenges.staffResponses)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  responsesOf(@Param() params: ChallengeIdParamDto, @Query() query: ResponseListQueryDto) {
    return this.responses.listForStaff(params.id, query);
  }

  @Endpoint(API.challenges.review)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  review(@CurrentUser() user: AuthUser, @Param() params: ChallengeIdParamDto, @Body() body: ReviewChallengeDto) {
    return this.challenges.review(user.id, params.id, body);
  }
}
