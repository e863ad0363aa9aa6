import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Public, SignedIn } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { RateLimit } from '../common/rate-limit/rate-limit';
import { AuthTokensDto, DevLoginDto, PasswordLoginDto, PrivacyPolicyDto, RefreshDto, RegisterAccountDto, WechatLoginDto } from './account.dto';
import { AuthService } from './auth.service';
import { PRIVACY_POLICY } from './privacy-policy';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @RateLimit('auth')
  @ApiOperation({ summary: 'Sign in with username and password' })
  @ApiErrorResponses(400, 401, 423, 429)
  @ZodResponse({ status: 200, type: AuthTokensDto })
  login(@Body() body: PasswordLoginDto) {
    return this.auth.loginWithPassword(body);
  }

  @Post('wechat')
  @Public()
  @RateLimit('auth')
  @ApiOperation({ summary: 'Sign in with a wx.login code (code2Session)' })
  @ApiErrorResponses(400, 403, 429, 503)
  @ZodResponse({ status: 200, type: AuthTokensDto })
  wechat(@Body() body: WechatLoginDto) {
    return this.auth.loginWithWechat(body.code);
  }

  @Post('dev-login')
  @Public()
  @RateLimit('auth')
  @ApiOperation({ summary: 'Sign in as a demo persona (refused in production)' })
  @ApiErrorResponses(400, 403, 429)
  @ZodResponse({ status: 200, type: AuthTokensDto })
  devLogin(@Body() body: DevLoginDto) {
    return this.auth.devLogin(body.persona);
  }

  @Post('register')
  @Public()
  @RateLimit('auth')
  @ApiOperation({ summary: 'Create a talent or enterprise account with a password' })
  @ApiErrorResponses(400, 409, 429)
  @ZodResponse({ status: 201, type: AuthTokensDto })
  register(@Body() body: RegisterAccountDto) {
    return this.auth.register(body);
  }

  @Post('refresh')
  @Public()
  @RateLimit('auth')
  @ApiOperation({ summary: 'Swap a refresh token for a new pair (the old one stops working)' })
  @ApiErrorResponses(400, 401, 429)
  @ZodResponse({ status: 200, type: AuthTokensDto })
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @SignedIn()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this session (its refresh-token family)' })
  @ApiErrorResponses(400, 401)
  async logout(@CurrentUser() user: AuthUser, @Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(user.id, body.refreshToken);
  }
}

@ApiTags('privacy')
@Controller('privacy-policy')
export class PrivacyController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'The current privacy policy (zh and en) and its version' })
  @ZodResponse({ type: PrivacyPolicyDto })
  policy() {
    return PRIVACY_POLICY;
  }
}
