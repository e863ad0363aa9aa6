import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles, RolesWithConsent, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  IdParamDto,
  OrganizationDto,
  OrganizationPageDto,
  OrganizationQueueQueryDto,
  RegisterOrganizationDto,
  VerifyOrganizationDto,
} from './organization.dto';
import { OrganizationService } from './organization.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationController {
  constructor(private readonly organizations: OrganizationService) {}

  @Post()
  @RolesWithConsent('enterprise')
  @ApiOperation({ summary: 'Register the organisation the caller acts for (pending until staff verify it)' })
  @ApiErrorResponses(400, 401, 403, 409)
  @ZodResponse({ status: 201, type: OrganizationDto })
  register(@CurrentUser() user: AuthUser, @Body() body: RegisterOrganizationDto) {
    return this.organizations.register(user.id, body);
  }

  @Get('mine')
  @Roles('enterprise')
  @ApiOperation({ summary: "The caller's organisation and its verification state" })
  @ApiErrorResponses(401, 403, 404)
  @ZodResponse({ type: OrganizationDto })
  mine(@CurrentUser() user: AuthUser) {
    return this.organizations.mine(user.id);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/organizations')
export class StaffOrganizationController {
  constructor(private readonly organizations: OrganizationService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Verification queue by status, oldest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: OrganizationPageDto })
  queue(@Query() query: OrganizationQueueQueryDto) {
    return this.organizations.queue(query);
  }

  @Post(':id/verification')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Verify, or reject with a reason' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: OrganizationDto })
  decide(@CurrentUser() user: AuthUser, @Param() params: IdParamDto, @Body() body: VerifyOrganizationDto) {
    return this.organizations.decide(user.id, params.id, body);
  }
}
