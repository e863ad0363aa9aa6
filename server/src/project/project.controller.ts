import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { PITCH_DECK_MAX_BYTES } from '@ihaigui/shared';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import { CurrentUser, OptionalUser, Public, RolesWithConsent, SignedIn, VerifiedOrganization } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import {
  MyProjectQueryDto,
  ProjectDetailDto,
  ProjectIdParamDto,
  ProjectInputDto,
  ProjectListQueryDto,
  ProjectPageDto,
  ProjectRecordDto,
  ProjectRecordPageDto,
  TalentCardPageDto,
  TalentListQueryDto,
  UpdateProjectDto,
} from './project.dto';
import { ProjectService } from './project.service';
import { TalentDirectoryService } from './talent-directory.service';

/** The talent's own projects. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('me/projects')
export class MyProjectController {
  constructor(private readonly projects: ProjectService) {}

  @Post()
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Register a project (saved as a draft); an event must be published and not yet started' })
  @ApiErrorResponses(400, 401, 403, 422)
  @ZodResponse({ status: 201, type: ProjectRecordDto })
  create(@CurrentUser() user: AuthUser, @Body() body: ProjectInputDto) {
    return this.projects.create(user.id, body);
  }

  @Get()
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'My projects in every state, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ProjectRecordPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: MyProjectQueryDto) {
    return this.projects.listMine(user.id, query);
  }

  @Get(':id')
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'One of my projects with its screening history and reasons' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ProjectRecordDto })
  read(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto) {
    return this.projects.getMine(user.id, params.id);
  }

  @Patch(':id')
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Edit a draft or a returned project; fields left out keep their values' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ type: ProjectRecordDto })
  update(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: UpdateProjectDto) {
    return this.projects.update(user.id, params.id, body);
  }

  @Post(':id/submit')
  @RolesWithConsent('talent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft or a returned project to screening' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ProjectRecordDto })
  submit(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.projects.submit(user.id, params.id);
  }

  // POST, like the CV: WeChat's uploadFile can only POST.
  @Post(':id/pitch-deck')
  @HttpCode(200)
  @RolesWithConsent('talent')
  @RateLimit('sensitive')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload the pitch deck (PDF, judged by content, at most 20 MB) as the multipart field "file"' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 429)
  @ZodResponse({ type: ProjectRecordDto })
  async uploadPitchDeck(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Req() request: FastifyRequest) {
    return this.projects.uploadPitchDeck(user.id, params.id, await readSingleUpload(request, PITCH_DECK_MAX_BYTES, 'PITCH_DECK_TOO_LARGE'));
  }

  @Delete(':id/pitch-deck')
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Remove the pitch deck of a draft or a returned project' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ProjectRecordDto })
  removePitchDeck(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto) {
    return this.projects.removePitchDeck(user.id, params.id);
  }

  @Delete(':id')
  @RolesWithConsent('talent')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft (a project once submitted stays)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  async remove(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto): Promise<void> {
    await this.projects.deleteDraft(user.id, params.id);
  }
}

/** Accepted projects as talents and organisations browse them. */
@ApiTags('projects')
@Controller('projects')
export class ProjectController {
  constructor(private readonly projects: ProjectService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Accepted projects, newest first; verified organisations also see those shown only to them' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: ProjectPageDto })
  list(@Query() query: ProjectListQueryDto, @OptionalUser() user: AuthUser | null) {
    return this.projects.listPublic(user, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One accepted project; `private` only for its owner, staff, its reviewers and intention parties' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: ProjectDetailDto })
  read(@Param() params: ProjectIdParamDto, @OptionalUser() user: AuthUser | null) {
    return this.projects.readPublic(user, params.id);
  }

  @Get(':id/pitch-deck')
  @ApiBearerAuth()
  @SignedIn()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The pitch deck (PDF), for those who see the details' })
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
@Controller('org/talents')
export class OrgTalentController {
  constructor(private readonly talents: TalentDirectoryService) {}

  @Get()
  @VerifiedOrganization()
  @ApiOperation({ summary: 'Talents whose profile is visible to organisations, most recently updated first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: TalentCardPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: TalentListQueryDto) {
    return this.talents.listForOrganization(user.id, query);
  }
}
