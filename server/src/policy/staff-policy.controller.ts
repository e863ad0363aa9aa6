import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { resolveLocale } from '@ihaigui/shared';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { readSingleUpload } from '../common/upload';
import { EmptyBodyDto } from '../announcement/announcement.dto';
import {
  AttachmentParamDto,
  ImportQueryDto,
  ImportReportDto,
  PolicyIdParamDto,
  PolicyInputDto,
  PolicyRecordDto,
  PolicyRecordPageDto,
  StaffPolicyQueryDto,
  UpdatePolicyDto,
} from './policy.dto';
import { IMPORT_MAX_BYTES, PolicyImportService } from './policy-import.service';
import { ATTACHMENT_MAX_BYTES, PolicyService } from './policy.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The staff console's policy manager: drafts, publishing, validity views, attachments and the Excel import. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/policies')
export class StaffPolicyController {
  constructor(
    private readonly policies: PolicyService,
    private readonly importer: PolicyImportService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Policies by state, or expiring within 30 days / expired' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: PolicyRecordPageDto })
  list(@Query() query: StaffPolicyQueryDto) {
    return this.policies.listForStaff(query);
  }

  @Get('import/template')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The Excel template for the import, with a help sheet' })
  @ApiErrorResponses(401, 403)
  async template(@Res() reply: FastifyReply) {
    const file = await this.importer.template();
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('政策导入模板.xlsx')}`)
      .header('cache-control', 'no-store')
      .send(file);
  }

  @Post('import')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Import policies as drafts from an .xlsx (multipart field "file"); 422 with the report when refused' })
  @ApiErrorResponses(400, 401, 403, 413, 415, 422)
  @ZodResponse({ status: 200, type: ImportReportDto })
  async import(@CurrentUser() user: AuthUser, @Query() query: ImportQueryDto, @Req() request: FastifyRequest) {
    const upload = await readSingleUpload(request, IMPORT_MAX_BYTES, 'PAYLOAD_TOO_LARGE');
    const locale = resolveLocale(request.headers['accept-language']);
    return this.importer.import(upload.data, { mode: query.mode, dryRun: query.dryRun, actorId: user.id, locale });
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One policy in any state' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PolicyRecordDto })
  get(@Param() params: PolicyIdParamDto) {
    return this.policies.getRecord(params.id);
  }

  @Post()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Create a draft' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ status: 201, type: PolicyRecordDto })
  create(@CurrentUser() user: AuthUser, @Body() body: PolicyInputDto) {
    return this.policies.createRecord(body, user.id);
  }

  @Patch(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Edit any field; a published policy is re-indexed at once' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PolicyRecordDto })
  update(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() body: UpdatePolicyDto) {
    return this.policies.update(params.id, body, user.id);
  }

  @Post(':id/publish')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish now' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: PolicyRecordDto })
  publish(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.publish(params.id, user.id);
  }

  @Post(':id/archive')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw from the public list' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: PolicyRecordDto })
  archive(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Body() _body: EmptyBodyDto) {
    return this.policies.archive(params.id, user.id);
  }

  @Post(':id/attachments')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Attach a PDF (judged by content, at most 10 MB) as the multipart field "file"' })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415)
  @ZodResponse({ status: 200, type: PolicyRecordDto })
  async attach(@CurrentUser() user: AuthUser, @Param() params: PolicyIdParamDto, @Req() request: FastifyRequest) {
    return this.policies.addAttachment(params.id, await readSingleUpload(request, ATTACHMENT_MAX_BYTES, 'ATTACHMENT_TOO_LARGE'), user.id);
  }

  @Delete(':id/attachments/:attachmentId')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Remove an attachment' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: PolicyRecordDto })
  detach(@CurrentUser() user: AuthUser, @Param() params: AttachmentParamDto) {
    return this.policies.removeAttachment(params.id, params.attachmentId, user.id);
  }
}
