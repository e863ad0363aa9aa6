import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, OptionalUser, Public, RolesWithConsent, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { MatcherService } from './matcher.service';
import {
  AttachmentParamDto,
  FavoritesQueryDto,
  FavoriteStateDto,
  MatchAnswersDto,
  MatchResultDto,
  PolicyDetailDto,
  PolicyIdParamDto,
  PolicyListQueryDto,
  PolicyPageDto,
} from './policy.dto';
import { PolicyService } from './policy.service';

@ApiTags('policies')
@Controller('policies')
export class PolicyController {
  constructor(
    private readonly policies: PolicyService,
    private readonly matcher: MatcherService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published, current policies with filters and sort' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: PolicyPageDto })
  list(@Query() query: PolicyListQueryDto) {
    return this.policies.listPublished(query);
  }

  @Post('match')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'The policy matcher on a questionnaire (every answer optional); no sign-in needed' })
  @ApiErrorResponses(400)
  @ZodResponse({ status: 200, type: MatchResultDto })
  match(@Body() answers: MatchAnswersDto) {
    return this.matcher.match(answers);
  }

  @Get('match/me')
  @ApiBearerAuth()
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'The policy matcher on the signed-in talent’s saved profile' })
  @ApiErrorResponses(401, 403, 404)
  @ZodResponse({ type: MatchResultDto })
  matchMe(@CurrentUser() user: AuthUser) {
    return this.matcher.matchProfile(user.id);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One published policy with its criteria and attachments; counts a view' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: PolicyDetailDto })
  detail(@Param() params: PolicyIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.policies.readPublished(params.id, user?.id ?? null);
  }

  @Put(':id/favorite')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Save to favourites (repeating it changes nothing)' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: FavoriteStateDto })
  favorite(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.favorite(user.id, params.id, true);
  }

  @Delete(':id/favorite')
  @ApiBearerAuth()
  @SignedIn()
  @ApiOperation({ summary: 'Remove from favourites' })
  @ApiErrorResponses(400, 401, 404)
  @ZodResponse({ type: FavoriteStateDto })
  unfavorite(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto) {
    return this.policies.favorite(user.id, params.id, false);
  }

  @Get(':id/attachments/:attachmentId')
  @Public()
  @ApiOperation({ summary: 'Download an attachment (PDF) of a published policy' })
  @ApiErrorResponses(400, 404)
  async attachment(@Param() params: AttachmentParamDto, @Res() reply: FastifyReply) {
    const file = await this.policies.readAttachment(params.id, params.attachmentId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('cache-control', 'public, max-age=300')
      .send(file.data);
  }
}

@ApiTags('policies')
@ApiBearerAuth()
@Controller('me/favorites')
export class FavoritePolicyController {
  constructor(private readonly policies: PolicyService) {}

  @Get('policies')
  @SignedIn()
  @ApiOperation({ summary: 'My saved policies, newest first' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ type: PolicyPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: FavoritesQueryDto) {
    return this.policies.listFavorites(user.id, query);
  }
}
