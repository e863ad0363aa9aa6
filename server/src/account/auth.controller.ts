import { Body, Controller, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { DevLoginDto, PasswordLoginDto, RefreshDto, RegisterAccountDto, WechatLoginDto } from './account.dto';
import { AuthService, SignInSlowedDown } from './auth.service';
import { PRIVACY_POLICY } from './privacy-policy';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint(API.auth.login)
  @RateLimit('auth')
  @ApiErrorResponses(400, 401, 429)
  async login(
    @Body() body: PasswordLoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    try {
      return await this.auth.loginWithPassword(body, request.ip);
    } catch (err) {
      if (err instanceof SignInSlowedDown) reply.header('retry-after', String(err.retryAfterSeconds));
      throw err;
    }
  }

  @Endpoint(API.auth.wechat)
  @RateLimit('auth')
  @ApiErrorResponses(400, 403, 429, 503)
  wechat(@Body() body: WechatLoginDto) {
    return this.auth.loginWithWechat(body.code);
  }

  @Endpoint(API.auth.devLogin)
  @RateLimit('auth')
  @ApiErrorResponses(400, 403, 429)
  devLogin(@Body() body: DevLoginDto) {
    return this.auth.devLogin(body.persona);
  }

  @Endpoint(API.auth.register)
  @RateLimit('auth')
  @ApiErrorResponses(400, 409, 429)
  register(@Body() body: RegisterAccountDto) {
    return this.auth.register(body);
  }

  @Endpoint(API.auth.refresh)
  @RateLimit('auth')
  @ApiErrorResponses(400, 401, 429)
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Endpoint(API.auth.logout)
  @SignedIn()
  @ApiBearerAuth()
  @ApiErrorResponses(400, 401)
  async logout(@CurrentUser() user: AuthUser, @Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(user.id, body.refreshToken);
  }
}

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  @Endpoint(API.auth.privacyPolicy)
  policy() {
    return PRIVACY_POLICY;
  }
}
