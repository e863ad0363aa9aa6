import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API, PITCH_DECK_MAX_BYTES } from '@ihaigui/shared';
import {
  CurrentUser,
  OptionalUser,
  RolesWithConsent,
  SignedIn,
  VerifiedOrganization,
} from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import {
  MyProjectQueryDto,
  ProjectEmptyBodyDto,
  ProjectIdParamDto,
  ProjectInputDto,
  ProjectListQueryDto,
  TalentListQueryDto,
  UpdateProjectDto,
} from './project.dto';
import { ProjectService } from './project.service';
import { TalentDirectoryService } from './talent-directory.service';

/** The talent's own projects. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller()
export class MyProjectController {
  constructor(private readonly projects: ProjectService) {}

  @Endpoint(API.projects.create)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 422)
  create(@CurrentUser() user: AuthUser, @Body() body: ProjectInputDto) {
    return this.projects.create(user.id, body);
  }

  @Endpoint(API.projects.listMine)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: MyProjectQueryDto) {
    return this.projects.listMine(user.id, query);
  }

  @Endpoint(API.projects.readMine)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto) {
    return this.projects.getMine(user.id, params.id);
  }

  @Endpoint(API.projects.update)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  update(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: UpdateProjectDto) {
    return this.projects.update(user.id, params.id, body);
  }

  @Endpoint(API.projects.submit)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  submit(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() _body: ProjectEmptyBodyDto) {
    return this.projects.submit(user.id, params.id);
  }

  @Endpoint(API.projects.uploadPitchDeck)
  @RolesWithConsent('talent')
  @RateLimit('sensitive')
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 429)
  async uploadPitchDeck(
    @CurrentUser() user: AuthUser,
    @Param() params: ProjectIdParamDto,
    @Req() request: FastifyRequest,
  ) {
    return this.projects.uploadPitchDeck(
      user.id,
      params.id,
      await readSingleUpload(request, PITCH_DECK_MAX_BYTES, 'PITCH_DECK_TOO_LARGE'),
    );
  }

  @Endpoint(API.projects.removePitchDeck)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  removePitchDeck(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto) {
    return this.projects.removePitchDeck(user.id, params.id);
  }

  @Endpoint(API.projects.remove)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  async remove(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto): Promise<void> {
    await this.projects.deleteDraft(user.id, params.id);
  }
}

/** Accepted projects as talents and organisations browse them. */
@ApiTags('projects')
@Controller()
export class ProjectController {
  constructor(private readonly projects: ProjectService) {}

  @Endpoint(API.projects.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: ProjectListQueryDto, @OptionalUser() user: AuthUser | null) {
    return this.projects.listPublic(user, query);
  }

  @Endpoint(API.projects.detail)
  @ApiErrorResponses(400, 404)
  read(@Param() params: ProjectIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.projects.readPublic(user, params.id);
  }

  @Endpoint(API.projects.pitchDeck)
  @ApiBearerAuth()
  @SignedIn()
  @ApiProduces('application/pdf')
  @ApiErrorResponses(400, 401, 404)
  async pitchDeck(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Res() reply: FastifyReply) {
    const deck = await this.projects.readPitchDeck(user, params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(deck.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(deck.data);
  }
}

/** Talents who opted in to be found, for verified organisations. */
@ApiTags('talents')
@ApiBearerAuth()
@Controller()
export class OrgTalentController {
  constructor(private readonly talents: TalentDirectoryService) {}

  @Endpoint(API.projects.talents)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: TalentListQueryDto) {
    return this.talents.listForOrganization(user.id, query);
  }
}
