import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { CurrentUser, OptionalUser, Public, Roles, SignedIn, STAFF_ROLES, VerifiedOrganization } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  ChannelStatsDto,
  ClosePositionDto,
  ExtendPositionDto,
  OrgPositionQueryDto,
  PositionDetailDto,
  PositionDetailQueryDto,
  PositionFavoritesQueryDto,
  PositionFavoriteStateDto,
  PositionIdParamDto,
  PositionInputDto,
  PositionListQueryDto,
  PositionPageDto,
  PositionRecordDto,
  PositionRecordPageDto,
  PositionShareDto,
  ReviewPositionDto,
  ShareQueryDto,
  StaffPositionQueryDto,
  UpdatePositionDto,
} from './position.dto';
import { PositionService } from './position.service';

@ApiTags('positions')
@Controller('positions')
export class PositionController {
  constructor(private readonly positions: PositionService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Open positions (approved, not expired), newest first, with filters and text search' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: PositionPageDto })
  list(@Query() query: PositionListQueryDto) {
    return this.positions.listPublic(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One open position; counts a view (and the share channel’s view with ?channel=)' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: PositionDetailDto })
  detail(@Param() params: PositionIdParamDto, @Query() query: PositionDetailQueryDto, @OptionalUser() user: AuthUser | null) {
    return this.positions.readPublic(params.id, user?.id ?? null, query.channel);
  }

  @Put(':id/favorite')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Save to favourites (repeating it changes nothing)' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: PositionFavoriteStateDto })
  favorite(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.positions.favorite(user.id, params.id, true);
  }

  @Delete(':id/favorite')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Remove from favourites' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: PositionFavoriteStateDto })
  unfavorite(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.favorite(user.id, params.id, false);
  }
}

@ApiTags('positions')
@ApiBearerAuth()
@Controller('me/favorites')
export class FavoritePositionController {
  constructor(private readonly positions: PositionService) {}

  @Get('positions')
  @SignedIn()
  @ApiOperation({ summary: 'My saved positions that are still open, newest bookmark first' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ type: PositionPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PositionFavoritesQueryDto) {
    return this.positions.listFavorites(user.id, query);
  }
}

/** The enterprise side: members of a verified organisation manage its postings. */
@ApiTags('positions')
@ApiBearerAuth()
@Controller('org/positions')
export class OrgPositionController {
  constructor(private readonly positions: PositionService) {}

  @Post()
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Post a position: content check, then staff review (422 CONTENT_RISKY when refused)' })
  @ApiErrorResponses(400, 401, 403, 422, 503)
  @ZodResponse({ status: 201, type: PositionRecordDto })
  create(@CurrentUser() user: AuthUser, @Body() body: PositionInputDto) {
    return this.positions.create(user.id, body);
  }

  @Get()
  @VerifiedOrganization()
  @ApiOperation({ summary: 'The organisation’s positions in every state, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: PositionRecordPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: OrgPositionQueryDto) {
    return this.positions.listOwn(user.id, query);
  }

  @Get(':id')
  @VerifiedOrganization()
  @ApiOperation({ summary: 'One of the organisation’s positions with its review outcome and counters' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PositionRecordDto })
  read(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.readOwn(user.id, params.id);
  }

  @Patch(':id')
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Edit a position: checked again and back to review; fields left out keep their values' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  @ZodResponse({ type: PositionRecordDto })
  update(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: UpdatePositionDto) {
    return this.positions.update(user.id, params.id, body);
  }

  @Post(':id/close')
  @VerifiedOrganization()
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a position (filled or withdrawn)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: PositionRecordDto })
  close(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ClosePositionDto) {
    return this.positions.close(user.id, params.id, body.reason);
  }

  @Post(':id/extend')
  @VerifiedOrganization()
  @HttpCode(200)
  @ApiOperation({ summary: 'Extend once, to a later day within 90 days of publication' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ status: 200, type: PositionRecordDto })
  extend(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ExtendPositionDto) {
    return this.positions.extend(user.id, params.id, body.expiresOn);
  }

  @Get(':id/share')
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Share link and mini-program scene carrying a channel tag (overseas liaison stations)' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PositionShareDto })
  share(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Query() query: ShareQueryDto) {
    return this.positions.share(user.id, params.id, query.channel);
  }

  @Get(':id/wxacode')
  @VerifiedOrganization()
  @ApiProduces('image/png')
  @ApiOperation({ summary: 'Mini-program code (image) opening the position with a channel tag' })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  async wxacode(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Query() query: ShareQueryDto, @Res() reply: FastifyReply) {
    const image = await this.positions.wxacode(user.id, params.id, query.channel);
    return reply.header('content-type', image.contentType).header('cache-control', 'private, max-age=3600').send(image.data);
  }

  @Get(':id/channels')
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Views and applications each share channel brought' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ChannelStatsDto })
  channels(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto) {
    return this.positions.channelStats(user.id, params.id);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/positions')
export class StaffPositionController {
  constructor(private readonly positions: PositionService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Review queue and other views (pending, approved, rejected, closed, stale)' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: PositionRecordPageDto })
  list(@Query() query: StaffPositionQueryDto) {
    return this.positions.listForStaff(query);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One position in any state, with its full text, for review' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PositionRecordDto })
  read(@Param() params: PositionIdParamDto) {
    return this.positions.readForStaff(params.id);
  }

  @Post(':id/review')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (public from now) or reject with a reason the enterprise reads' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: PositionRecordDto })
  review(@CurrentUser() user: AuthUser, @Param() params: PositionIdParamDto, @Body() body: ReviewPositionDto) {
    return this.positions.review(user.id, params.id, body);
  }
}
