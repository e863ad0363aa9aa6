import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  ApplicationEmptyBodyDto,
  ApplicationIdParamDto,
  ApplicationListQueryDto,
  ApplyDto,
  MoveApplicationDto,
} from './application.dto';
import { ApplicationService } from './application.service';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplyController {
  constructor(private readonly applications: ApplicationService) {}

  @Endpoint(API.applications.apply)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  async apply(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() body: ApplyDto) {
    return this.applications.apply(user.id, params.id, body);
  }
}

/** The talent's own applications. */
@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class MyApplicationController {
  constructor(private readonly applications: ApplicationService) {}

  @Endpoint(API.applications.mine)
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: ApplicationListQueryDto) {
    return this.applications.listMine(user.id, query);
  }

  @Endpoint(API.applications.myDetail)
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto) {
    return this.applications.getMine(user.id, params.id);
  }

  @Endpoint(API.applications.withdraw)
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param() params: ApplicationIdParamDto,
    @Body() _body: ApplicationEmptyBodyDto,
  ) {
    return this.applications.withdraw(user.id, params.id);
  }
}

/** The applicants to the caller's organisation's positions: only that organisation sees them. */
@ApiTags('recruiting')
@ApiBearerAuth()
@Controller()
export class OrgApplicationController {
  constructor(private readonly applications: ApplicationService) {}

  @Endpoint(API.applications.forPosition)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  list(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Query() query: ApplicationListQueryDto) {
    return this.applications.listForPosition(user.id, params.id, query);
  }

  @Endpoint(API.applications.orgDetail)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  open(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto) {
    return this.applications.openForOrganization(user.id, params.id);
  }

  @Endpoint(API.applications.cv)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404)
  async cv(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Res() reply: FastifyReply) {
    const cv = await this.applications.readCvForOrganization(user.id, params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(cv.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(cv.data);
  }

  @Endpoint(API.applications.move)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 404, 409)
  move(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParamDto, @Body() body: MoveApplicationDto) {
    return this.applications.move(user.id, params.id, body);
  }
}
