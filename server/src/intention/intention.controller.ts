import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import {
  CurrentUser,
  Roles,
  RolesWithConsent,
  SignedIn,
  STAFF_ROLES,
  VerifiedOrganization,
} from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  CreateOfflineIntentionDto,
  IntentionIdParamDto,
  IntentionListQueryDto,
  MoveIntentionDto,
  ProposeToOrganizationDto,
  ProposeToTalentDto,
  RecordIntentionStepDto,
  StaffIntentionQueryDto,
} from './intention.dto';
import { IntentionService } from './intention.service';

/** The organisation side. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller()
export class OrgIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Endpoint(API.intentions.orgPropose)
  @VerifiedOrganization()
  @ApiErrorResponses(400, 401, 403, 409, 422)
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeToTalentDto) {
    return this.intentions.proposeToTalent(user.id, body);
  }

  @Endpoint(API.intentions.orgList)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  list(@CurrentUser() user: AuthUser, @Query() query: IntentionListQueryDto) {
    return this.intentions.listForOrganization(user.id, query);
  }
}

/** The talent side. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller()
export class MyIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Endpoint(API.intentions.myPropose)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeToOrganizationDto) {
    return this.intentions.proposeToOrganization(user.id, body);
  }

  @Endpoint(API.intentions.myList)
  @Roles('talent')
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: IntentionListQueryDto) {
    return this.intentions.listMine(user.id, query);
  }
}

/** One intention: the two parties and staff only. */
@ApiTags('intentions')
@ApiBearerAuth()
@Controller()
export class IntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Endpoint(API.intentions.detail)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto) {
    return this.intentions.read(user, params.id);
  }

  @Endpoint(API.intentions.move)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409)
  move(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto, @Body() body: MoveIntentionDto) {
    return this.intentions.move(user, params.id, body);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffIntentionController {
  constructor(private readonly intentions: IntentionService) {}

  @Endpoint(API.intentions.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffIntentionQueryDto) {
    return this.intentions.listForStaff(query);
  }

  @Endpoint(API.intentions.staffCreate)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOfflineIntentionDto) {
    return this.intentions.createOffline(user.id, body);
  }

  @Endpoint(API.intentions.staffRecordStep)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  record(@CurrentUser() user: AuthUser, @Param() params: IntentionIdParamDto, @Body() body: RecordIntentionStepDto) {
    return this.intentions.recordStep(user.id, params.id, body);
  }
}
