import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles, RolesWithConsent } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  ApplicationDto,
  ApplicationEmptyBodyDto,
  ApplicationIdParamDto,
  ApplicationListQueryDto,
  ApplicationPageDto,
  ApplyDto,
  MoveApplicationDto,
} from './application.dto';
import { ApplicationService } from './application.service';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('positions')
export class ApplyController {
  constructor(private readonly applications: ApplicationService) {}

  @Post(':id/applications')
  @RolesWithConsent('talent')
  @ApiOperation({
    summary: 'Apply with my talent profile and CV (one application per position)',
    description: 'A repeat with the same Idempotency-Key returns the first application with 200; any other repeat is 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 64 letters, digits, _ . : or -; e.g. a UUID per tap' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 201, type: ApplicationDto })
  async apply(
    @CurrentUser() user: AuthUser,
    @Param() params: ApplicationIdParamDto,
    @Body() body: ApplyDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.applications.apply(user.id, params.id, body, idempotencyKey);
    if (!result.created) reply.status(200);
    return result.application;
  }
}

/** The talent's own applications. */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('me/applications')
export class MyApplicationController {
  constructor(private readonly applications: ApplicationService) {}

  @Get()
  @Roles('talent')
  @ApiOperation({ summary: 'My applications, newest first, each with its history' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ApplicationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ApplicationListQueryDto) {
    return this.applications.listMine(user.id, query);
  }

  @Get(':id')
  @Roles('talent')
  @ApiOperation({ summary: 'One of my applications with every status and its time' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ApplicationDto })
  get(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto) {
    return this.applications.getMine(user.id, params.id);
  }

  @Post(':id/withdraw')
  @Roles('talent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw one of my applications (not once there is an outcome)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ApplicationDto })
  withdraw(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() _body: ApplicationEmptyBodyDto) {
    return this.applications.withdraw(user.id, params.id);
  }
}

/** The applicants to the caller's organisation's positions: only that organisation sees them. */
@ApiTags('recruiting')
@ApiBearerAuth()
@Controller('org')
export class OrgApplicationController {
  constructor(private readonly applications: ApplicationService) {}

  @Get('positions/:id/applications')
  @RolesWithConsent('enterprise')
  @ApiOperation({ summary: 'Applicants to one of our positions, newest first' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ApplicationPageDto })
  list(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Query() query: ApplicationListQueryDto) {
    return this.applications.listForPosition(user.id, params.id, query);
  }

  @Get('applications/:id')
  @RolesWithConsent('enterprise')
  @ApiOperation({ summary: 'One applicant; the first opening marks the application viewed' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ApplicationDto })
  open(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto) {
    return this.applications.openForOrganization(user.id, params.id);
  }

  @Get('applications/:id/cv')
  @RolesWithConsent('enterprise')
  @ApiOperation({ summary: 'The CV the talent sent with the application (PDF)' })
  @ApiErrorResponses(400, 401, 403, 404)
  async cv(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Res() reply: FastifyReply) {
    const cv = await this.applications.readCvForOrganization(user.id, params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(cv.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(cv.data);
  }

  @Post('applications/:id/status')
  @RolesWithConsent('enterprise')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an application on (viewed → interview → offer, or rejected), with an optional message' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ApplicationDto })
  move(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() body: MoveApplicationDto) {
    return this.applications.move(user.id, params.id, body);
  }
}
