import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { TokenService } from '../common/auth/token.service';
import { OrganizationModule } from '../organization/organization.module';
import { REDIS, type RedisClient } from '../common/redis/redis.module';
import { RedisAccessTokenStore } from '../wechat/shared-access-token';
import { WECHAT_CLIENT, WechatClient } from '../wechat/wechat.client';
import {
  ConsentRepository,
  RefreshTokenRepository,
  TalentProfileRepository,
  UserRepository,
} from './account.repositories';
import { AuthController, PrivacyController } from './auth.controller';
import { AuthService } from './auth.service';
import { AccountErasure } from './account-erasure';
import { AccountService } from './account.service';
import { FileStorage } from './file-storage';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { TalentProfileService } from './talent-profile.service';

/** Accounts, sign-in and the user's own data; other features import it for AccountService, the erasure registry, file storage and the WeChat client. */
@Module({
  imports: [JwtModule.register({}), AuditModule, OrganizationModule],
  controllers: [AuthController, PrivacyController, MeController],
  providers: [
    UserRepository,
    ConsentRepository,
    RefreshTokenRepository,
    TalentProfileRepository,
    TokenService,
    FileStorage,
    AccountErasure,
    AccountService,
    MeService,
    AuthService,
    TalentProfileService,
    {
      provide: WECHAT_CLIENT,
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: RedisClient) =>
        config.wechat.appId && config.wechat.appSecret
          ? new WechatClient({
              baseUrl: config.wechat.baseUrl,
              appId: config.wechat.appId,
              appSecret: config.wechat.appSecret,
              // Instances share one token through Redis, so they do not invalidate each other's.
              tokenStore: redis ? new RedisAccessTokenStore(redis, config.wechat.appId) : null,
            })
          : null,
    },
  ],
  exports: [
    AccountService,
    TokenService,
    FileStorage,
    AccountErasure,
    WECHAT_CLIENT,
    // The demo seed writes personas' accounts, consents and profiles directly.
    UserRepository,
    ConsentRepository,
    TalentProfileRepository,
  ],
})
export class AccountModule {}
