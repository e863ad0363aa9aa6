import { Body, Controller, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, RolesWithConsent, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { readSingleUpload } from '../common/upload';
import { ConsentDto, PhoneUpdateDto, TalentProfileInputDto, UpdateMeDto } from './account.dto';
import { MeService } from './me.service';
import { CV_LIMIT_BYTES, TalentProfileService } from './talent-profile.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller()
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly profiles: TalentProfileService,
  ) {}

  @Endpoint(API.me.get)
  @SignedIn()
  @ApiErrorResponses(401)
  get(@CurrentUser() user: AuthUser) {
    return this.me.get(user.id);
  }

  @Endpoint(API.me.update)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto) {
    return this.me.update(user.id, body);
  }

  @Endpoint(API.me.consent)
  @SignedIn()
  @ApiErrorResponses(400, 401)
  consent(@CurrentUser() user: AuthUser, @Body() body: ConsentDto) {
    return this.me.consent(user.id, body.policyVersion);
  }

  @Endpoint(API.me.phone)
  @RolesWithConsent('talent', 'enterprise', 'staff', 'admin', 'reviewer')
  @RateLimit('sensitive')
  @ApiErrorResponses(400, 401, 403, 429, 503)
  phone(@CurrentUser() user: AuthUser, @Body() body: PhoneUpdateDto) {
    return this.me.setPhone(user.id, body);
  }

  @Endpoint(API.me.export)
  @SignedIn()
  @RateLimit('sensitive')
  @ApiErrorResponses(401, 429)
  export(@CurrentUser() user: AuthUser) {
    return this.me.export(user.id);
  }

  @Endpoint(API.me.remove)
  @SignedIn()
  @RateLimit('sensitive')
  @ApiErrorResponses(401, 429)
  async remove(@CurrentUser() user: AuthUser): Promise<void> {
    await this.me.delete(user.id);
  }

  @Endpoint(API.me.talentProfile)
  @Roles('talent')
  @ApiErrorResponses(401, 403, 404)
  profile(@CurrentUser() user: AuthUser) {
    return this.profiles.get(user.id);
  }

  @Endpoint(API.me.saveTalentProfile)
  @RolesWithConsent('talent')
  @ApiErrorResponses(400, 401, 403)
  saveProfile(@CurrentUser() user: AuthUser, @Body() body: TalentProfileInputDto) {
    return this.profiles.save(user.id, body);
  }

  @Endpoint(API.me.uploadCv)
  @RolesWithConsent('talent')
  @RateLimit('sensitive')
  @ApiConsumes('multipart/form-data')
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 429)
  async uploadCv(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    return this.profiles.uploadCv(user.id, await readSingleUpload(request, CV_LIMIT_BYTES, 'CV_TOO_LARGE'));
  }

  @Endpoint(API.me.downloadCv)
  @Roles('talent')
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
