import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles, RolesWithConsent, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import { ConsentDto, MeDto, MyDataExportDto, PhoneUpdateDto, TalentProfileDto, TalentProfileInputDto, UpdateMeDto } from './account.dto';
import { MeService } from './me.service';
import { CV_LIMIT_BYTES, TalentProfileService } from './talent-profile.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly profiles: TalentProfileService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiErrorResponses(401)
  @ZodResponse({ type: MeDto })
  get(@CurrentUser() user: AuthUser) {
    return this.me.get(user.id);
  }

  @Patch()
  @SignedIn()
  @ApiOperation({ summary: 'Change display name or language' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto) {
    return this.me.update(user.id, body);
  }

  @Post('consent')
  @SignedIn()
  @ApiOperation({ summary: 'Accept the current privacy-policy version (before any personal data is collected)' })
  @ApiErrorResponses(400, 401)
  @ZodResponse({ status: 200, type: MeDto })
  consent(@CurrentUser() user: AuthUser, @Body() body: ConsentDto) {
    return this.me.consent(user.id, body.policyVersion);
  }

  @Put('phone')
  @RolesWithConsent('talent', 'enterprise', 'staff', 'admin', 'reviewer')
  @RateLimit('sensitive')
  @ApiOperation({ summary: 'Set the phone number from a getPhoneNumber code, or typed' })
  @ApiErrorResponses(400, 401, 403, 429, 503)
  @ZodResponse({ type: MeDto })
  phone(@CurrentUser() user: AuthUser, @Body() body: PhoneUpdateDto) {
    return this.me.setPhone(user.id, body);
  }

  @Get('export')
  @SignedIn()
  @RateLimit('sensitive')
  @ApiOperation({ summary: 'Everything stored about the signed-in user, as JSON' })
  @ApiErrorResponses(401, 429)
  @ZodResponse({ type: MyDataExportDto })
  export(@CurrentUser() user: AuthUser) {
    return this.me.export(user.id);
  }

  @Delete()
  @SignedIn()
  @RateLimit('sensitive')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the account: personal data purged, published content kept anonymised' })
  @ApiErrorResponses(401, 429)
  async remove(@CurrentUser() user: AuthUser): Promise<void> {
    await this.me.delete(user.id);
  }

  @Get('talent-profile')
  @Roles('talent')
  @ApiOperation({ summary: "The talent's own profile" })
  @ApiErrorResponses(401, 403, 404)
  @ZodResponse({ type: TalentProfileDto })
  profile(@CurrentUser() user: AuthUser) {
    return this.profiles.get(user.id);
  }

  @Put('talent-profile')
  @RolesWithConsent('talent')
  @ApiOperation({ summary: 'Create or replace the talent profile' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: TalentProfileDto })
  saveProfile(@CurrentUser() user: AuthUser, @Body() body: TalentProfileInputDto) {
    return this.profiles.save(user.id, body);
  }

  @Post('talent-profile/cv')
  @RolesWithConsent('talent')
  @RateLimit('sensitive')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload the CV (PDF, judged by content, at most 5 MB) as the multipart field "file"' })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 429)
  @ZodResponse({ status: 200, type: TalentProfileDto })
  async uploadCv(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    return this.profiles.uploadCv(user.id, await readSingleUpload(request, CV_LIMIT_BYTES, 'CV_TOO_LARGE'));
  }

  @Get('talent-profile/cv')
  @Roles('talent')
  @ApiOperation({ summary: 'Download the own CV' })
  @ApiErrorResponses(401, 403, 404)
  async downloadCv(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply) {
    const cv = await this.profiles.readCv(user.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(cv.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(cv.data);
  }
}
