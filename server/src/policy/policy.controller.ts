import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { API } from '@ihaigui/shared';
import { CurrentUser, OptionalUser, RolesWithConsent, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { MatcherService } from './matcher.service';
import {
  AttachmentParamDto,
  FavoritesQueryDto,
  MatchAnswersDto,
  PolicyIdParamDto,
  PolicyListQueryDto,
} from './policy.dto';
import { PolicyService } from './policy.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('policies')
@Controller()
export class PolicyController {
  constructor(
    private readonly policies: PolicyService,
    private readonly matcher: MatcherService,
  ) {}

  @Endpoint(API.policies.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: PolicyListQueryDto) {
    return this.policies.listPublished(query);
  }

  @Endpoint(API.policies.match)
  @RateLimit('public', 10)
  @ApiErrorResponses(400, 429)
  match(@Body() answers: MatchAnswersDto) {
    return this.matcher.match(answers);
  }

  @Endpoint(API.policies.matchMe)
  @RateLimit('public', 10)
  @ApiBearerAuth()
  @RolesWithConsent('talent')
  @ApiErrorResponses(401, 403, 404, 429)
  matchMe(@CurrentUser() user: AuthUser) {
    return this.matcher.matchProfile(user.id);
  }

  @Endpoint(API.policies.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: PolicyIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.policies.readPublished(params.id, user?.id ?? null);
  }

  @Endpoint(API.policies.favorite)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  favorite(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.favorite(user.id, params.id, true);
  }

  @Endpoint(API.policies.unfavorite)
  @ApiBearerAuth()
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  unfavorite(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto) {
    return this.policies.favorite(user.id, params.id, false);
  }

  @Endpoint(API.policies.attachment)
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
@Controller()
export class FavoritePolicyController {
  constructor(private readonly policies: PolicyService) {}

  @Endpoint(API.policies.favorites)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: FavoritesQueryDto) {
    return this.policies.listFavorites(user.id, query);
  }
}
