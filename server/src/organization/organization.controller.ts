import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  IdParamDto,
  OrganizationQueueQueryDto,
  RegisterOrganizationDto,
  VerifyOrganizationDto,
} from './organization.dto';
import { OrganizationService } from './organization.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller()
export class OrganizationController {
  constructor(private readonly organizations: OrganizationService) {}

  @Endpoint(API.organizations.register)
  @RolesWithConsent('enterprise')
  @ApiErrorResponses(400, 401, 403, 409)
  register(@CurrentUser() user: AuthUser, @Body() body: RegisterOrganizationDto) {
    return this.organizations.register(user.id, body);
  }

  @Endpoint(API.organizations.mine)
  @Roles('enterprise')
  @ApiErrorResponses(401, 403, 404)
  mine(@CurrentUser() user: AuthUser) {
    return this.organizations.mine(user.id);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffOrganizationController {
  constructor(private readonly organizations: OrganizationService) {}

  @Endpoint(API.organizations.queue)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  queue(@Query() query: OrganizationQueueQueryDto) {
    return this.organizations.queue(query);
  }

  @Endpoint(API.organizations.decide)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  decide(@CurrentUser() user: AuthUser, @Param() params: IdParamDto, @Body() body: VerifyOrganizationDto) {
    return this.organizations.decide(user.id, params.id, body);
  }
}
