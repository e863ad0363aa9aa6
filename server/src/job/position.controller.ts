import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { API } from '@ihaigui/shared';
import { EmptyBodyDto } from '../announcement/announcement.dto';
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
  ClosePositionDto,
  ExtendPositionDto,
  OrgPositionQueryDto,
  PositionDetailQueryDto,
  PositionFavoritesQueryDto,
  PositionIdParamDto,
  PositionInputDto,
  PositionListQueryDto,
  ReviewPositionDto,
  ShareQueryDto,
  StaffPositionQueryDto,
  UpdatePositionDto,
} from './position.dto';
import { PositionService } from './position.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('positions')
@Controller()
export class PositionController {
  constructor(private readonly positions: PositionService) {}

  @Endpoint(API.positions.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: PositionListQueryDto) {
    return this.positions.listPublic(query);
  }

  @Endpoint(API.positions.detail)
  @ApiErrorResponses(400, 404)
  detail(
    @Param() params: PositionIdParamDto,
    @Query() query: PositionDetailQueryDto,
    @OptionalUser() user: AuthUser | null,
  ) {
    return this.positions.readPublic(params.id, user?.id ?? null, query.channel);
  }

  @Endpoint(API.positions.favorite)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  favorite(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.positions.favorite(user.id, params.id, true);
  }

  @Endpoint(API.positions.unfavorite)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  unfavorite(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.favorite(user.id, params.id, false);
  }
}

@ApiTags('positions')
@ApiBearerAuth()
@Controller()
export class FavoritePositionController {
  constructor(private readonly positions: PositionService) {}

  @Endpoint(API.positions.favorites)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: PositionFavoritesQueryDto) {
    return this.positions.listFavorites(user.id, query);
  }
}

/** The enterprise side: members of a verified organisation manage its postings. */
@ApiTags('positions')
@ApiBearerAuth()
@Controller()
export class OrgPositionController {
  constructor(private readonly positions: PositionService) {}

  @Endpoint(API.positions.orgCreate)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 422, 503)
  create(@CurrentUser() user: AuthUser, @Body() body: PositionInputDto) {
    return this.positions.create(user.id, body);
  }

  @Endpoint(API.positions.orgList)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: OrgPositionQueryDto) {
    return this.positions.listOwn(user.id, query);
  }

  @Endpoint(API.positions.orgDetail)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.readOwn(user.id, params.id);
  }

  @Endpoint(API.positions.orgUpdate)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  update(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: UpdatePositionDto) {
    return this.positions.update(user.id, params.id, body);
  }

  @Endpoint(API.positions.close)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404, 409)
  close(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ClosePositionDto) {
    return this.positions.close(user.id, params.id, body.reason);
  }

  @Endpoint(API.positions.extend)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  extend(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ExtendPositionDto) {
    return this.positions.extend(user.id, params.id, body.expiresOn);
  }

  @Endpoint(API.positions.share)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404)
  share(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Query() query: ShareQueryDto) {
    return this.positions.share(user.id, params.id, query.channel);
  }

  @Endpoint(API.positions.wxacode)
  @VerifiedOrganization()
  @ApiProduces('image/png')
  @ApiErrorResponses(400, 401, 403, 404, 503)
  async wxacode(
    @CurrentUser() user: AuthUser,
    @Param() params: PositionIdParamDto,
    @Query() query: ShareQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const image = await this.positions.wxacode(user.id, params.id, query.channel);
    return reply
      .header('content-type', image.contentType)
      .header('cache-control', 'private, max-age=3600')
      .send(image.data);
  }

  @Endpoint(API.positions.channels)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 404)
  channels(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.channelStats(user.id, params.id);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffPositionController {
  constructor(private readonly positions: PositionService) {}

  @Endpoint(API.positions.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffPositionQueryDto) {
    return this.positions.listForStaff(query);
  }

  @Endpoint(API.positions.staffDetail)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  read(@Param() params: PositionIdParamDto) {
    return this.positions.readForStaff(params.id);
  }

  @Endpoint(API.positions.review)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  review(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ReviewPositionDto) {
    return this.positions.review(user.id, params.id, body);
  }
}
