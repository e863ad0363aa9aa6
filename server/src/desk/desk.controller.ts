import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API, MAX_DESK_ATTACHMENT_BYTES } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent, SignedIn, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import { ConsultationService } from './consultation.service';
import { DeskAdminService } from './desk-admin.service';
import {
  AskConsultationDto,
  AskerReplyDto,
  AssignConsultationDto,
  CalendarDateParamDto,
  CalendarDayInputDto,
  CalendarQueryDto,
  CategoryParamDto,
  DeskCategorySettingInputDto,
  DeskIdParamDto,
  DeskStatsQueryDto,
  FaqInputDto,
  FaqListQueryDto,
  FaqSuggestQueryDto,
  MyConsultationQueryDto,
  RateConsultationDto,
  ReopenConsultationDto,
  ResolveConsultationDto,
  StaffConsultationQueryDto,
  StaffReplyDto,
} from './desk.dto';
import { FaqService } from './faq.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Who may ask: talents and organisation members (the service checks the membership). */
const ASKERS = ['talent', 'enterprise'] as const;

/** The asker's side, and one consultation for its asker or staff. */
@ApiTags('consultations')
@ApiBearerAuth()
@Controller()
export class ConsultationController {
  constructor(private readonly consultations: ConsultationService) {}

  @Endpoint(API.consultations.uploadAttachment)
  @SignedIn()
  @RateLimit('sensitive')
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 413, 415, 429)
  async upload(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    return this.consultations.upload(
      user.id,
      await readSingleUpload(request, MAX_DESK_ATTACHMENT_BYTES, 'DESK_ATTACHMENT_TOO_LARGE'),
    );
  }

  @Endpoint(API.consultations.downloadAttachment)
  @SignedIn()
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiErrorResponses(400, 401, 404)
  async download(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Res() reply: FastifyReply) {
    const file = await this.consultations.download(user, params.id);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.data);
  }

  @Endpoint(API.consultations.ask)
  @RolesWithConsent(...ASKERS)
  @ApiErrorResponses(400, 401, 403, 404, 422)
  ask(@CurrentUser() user: AuthUser, @Body() body: AskConsultationDto) {
    return this.consultations.ask(user, body);
  }

  @Endpoint(API.consultations.myList)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: MyConsultationQueryDto) {
    return this.consultations.listMine(user.id, query);
  }

  @Endpoint(API.consultations.detail)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto) {
    return this.consultations.read(user, params.id);
  }

  @Endpoint(API.consultations.addInformation)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409, 422)
  addInformation(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: AskerReplyDto) {
    return this.consultations.addInformation(user.id, params.id, body);
  }

  @Endpoint(API.consultations.rate)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409, 422)
  rate(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: RateConsultationDto) {
    return this.consultations.rate(user.id, params.id, body);
  }

  @Endpoint(API.consultations.reopen)
  @SignedIn()
  @ApiErrorResponses(400, 401, 404, 409, 422)
  reopen(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: ReopenConsultationDto) {
    return this.consultations.reopen(user.id, params.id, body.reason);
  }
}

/** The station's side: the queue, replies, assignment, targets, calendar and figures. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffDeskController {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly admin: DeskAdminService,
  ) {}

  @Endpoint(API.consultations.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: StaffConsultationQueryDto) {
    return this.consultations.listForStaff(user.id, query);
  }

  @Endpoint(API.consultations.staffCounts)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403)
  counts(@CurrentUser() user: AuthUser) {
    return this.consultations.counts(user.id);
  }

  @Endpoint(API.consultations.staffReply)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  reply(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: StaffReplyDto) {
    return this.consultations.staffReply(user.id, params.id, body);
  }

  @Endpoint(API.consultations.assign)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  assign(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: AssignConsultationDto) {
    return this.consultations.assign(user.id, params.id, body.assigneeId);
  }

  @Endpoint(API.consultations.resolve)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  resolve(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: ResolveConsultationDto) {
    return this.consultations.resolve(user.id, params.id, body.body ?? null);
  }

  @Endpoint(API.consultations.assignees)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403)
  assignees() {
    return this.consultations.assignees();
  }

  @Endpoint(API.consultations.settings)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403)
  settings() {
    return this.admin.settings();
  }

  @Endpoint(API.consultations.saveCategorySetting)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 422)
  saveSetting(
    @CurrentUser() user: AuthUser,
    @Param() params: CategoryParamDto,
    @Body() body: DeskCategorySettingInputDto,
  ) {
    return this.admin.saveSetting(user.id, params.category, body);
  }

  @Endpoint(API.consultations.calendar)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  calendar(@Query() query: CalendarQueryDto) {
    return this.admin.calendar(query.year);
  }

  @Endpoint(API.consultations.saveCalendarDay)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  saveCalendarDay(
    @CurrentUser() user: AuthUser,
    @Param() params: CalendarDateParamDto,
    @Body() body: CalendarDayInputDto,
  ) {
    return this.admin.saveCalendarDay(user.id, params.date, body);
  }

  @Endpoint(API.consultations.removeCalendarDay)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  async removeCalendarDay(@CurrentUser() user: AuthUser, @Param() params: CalendarDateParamDto): Promise<void> {
    await this.admin.removeCalendarDay(user.id, params.date);
  }

  @Endpoint(API.consultations.stats)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  stats(@Query() query: DeskStatsQueryDto) {
    return this.admin.stats(query);
  }

  @Endpoint(API.consultations.exportStats)
  @Roles(...STAFF_ROLES)
  @ApiProduces(XLSX)
  @ApiErrorResponses(400, 401, 403)
  async exportStats(@CurrentUser() user: AuthUser, @Query() query: DeskStatsQueryDto, @Res() reply: FastifyReply) {
    const file = await this.admin.exportStats(user.id, query);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.data);
  }
}

/** FAQ: public reading, staff publishing. */
@ApiTags('faqs')
@Controller()
export class FaqController {
  constructor(private readonly faqs: FaqService) {}

  @Endpoint(API.faqs.list)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  list(@Query() query: FaqListQueryDto) {
    return this.faqs.list(query);
  }

  @Endpoint(API.faqs.suggest)
  @RateLimit('public')
  @ApiErrorResponses(400, 429)
  suggest(@Query() query: FaqSuggestQueryDto) {
    return this.faqs.suggest(query);
  }

  @Endpoint(API.faqs.detail)
  @ApiErrorResponses(400, 404)
  detail(@Param() params: DeskIdParamDto) {
    return this.faqs.detail(params.id);
  }

  @Endpoint(API.faqs.create)
  @ApiBearerAuth()
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: FaqInputDto) {
    return this.faqs.create(user.id, body);
  }

  @Endpoint(API.faqs.update)
  @ApiBearerAuth()
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto, @Body() body: FaqInputDto) {
    return this.faqs.update(user.id, params.id, body);
  }

  @Endpoint(API.faqs.remove)
  @ApiBearerAuth()
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  async remove(@CurrentUser() user: AuthUser, @Param() params: DeskIdParamDto): Promise<void> {
    await this.faqs.withdraw(user.id, params.id);
  }
}
