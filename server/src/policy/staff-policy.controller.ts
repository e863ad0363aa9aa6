import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API, resolveLocale } from '@ihaigui/shared';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { readSingleUpload } from '../common/upload';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import {
  AttachmentParamDto,
  ImportQueryDto,
  PolicyIdParamDto,
  PolicyInputDto,
  StaffPolicyQueryDto,
  UpdatePolicyDto,
} from './policy.dto';
import { IMPORT_MAX_BYTES, PolicyImportService } from './policy-import.service';
import { ATTACHMENT_MAX_BYTES, PolicyService } from './policy.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The staff console's policy manager: drafts, publishing, validity views, attachments and the Excel import. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffPolicyController {
  constructor(
    private readonly policies: PolicyService,
    private readonly importer: PolicyImportService,
  ) {}

  @Endpoint(API.staffPolicies.list)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffPolicyQueryDto) {
    return this.policies.listForStaff(query);
  }

  @Endpoint(API.staffPolicies.importTemplate)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403)
  async template(@Res() reply: FastifyReply) {
    const file = await this.importer.template();
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('政策导入模板.xlsx')}`)
      .header('cache-control', 'no-store')
      .send(file);
  }

  @Endpoint(API.staffPolicies.import)
  @Roles(...STAFF_ROLES)
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 403, 413, 415, 422)
  async import(@CurrentUser() user: AuthUser, @Query() query: ImportQueryDto, @Req() request: FastifyRequest) {
    const upload = await readSingleUpload(request, IMPORT_MAX_BYTES, 'PAYLOAD_TOO_LARGE');
    const locale = resolveLocale(request.headers['accept-language']);
    return this.importer.import(upload.data, { mode: query.mode, dryRun: query.dryRun, actorId: user.id, locale });
  }

  @Endpoint(API.staffPolicies.get)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  get(@Param() params: PolicyIdParamDto) {
    return this.policies.getRecord(params.id);
  }

  @Endpoint(API.staffPolicies.create)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  create(@CurrentUser() user: AuthUser, @Body() body: PolicyInputDto) {
    return this.policies.createRecord(body, user.id);
  }

  @Endpoint(API.staffPolicies.update)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  update(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() body: UpdatePolicyDto) {
    return this.policies.update(params.id, body, user.id);
  }

  @Endpoint(API.staffPolicies.publish)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  publish(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.publish(params.id, user.id);
  }

  @Endpoint(API.staffPolicies.archive)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  archive(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.archive(params.id, user.id);
  }

  @Endpoint(API.staffPolicies.attach)
  @Roles(...STAFF_ROLES)
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415)
  async attach(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Req() request: FastifyRequest) {
    return this.policies.addAttachment(
      params.id,
      await readSingleUpload(request, ATTACHMENT_MAX_BYTES, 'ATTACHMENT_TOO_LARGE'),
      user.id,
    );
  }

  @Endpoint(API.staffPolicies.detach)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  detach(@CurrentUser() user: AuthUser, @Param() params: AttachmentParamDto) {
    return this.policies.removeAttachment(params.id, params.attachmentId, user.id);
  }
}
