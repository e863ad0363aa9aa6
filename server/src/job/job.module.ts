import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { FavoriteModule } from '../favorite/favorite.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { CONTENT_CHECK_CLIENT, ContentCheckClient } from '../wechat/content-check.client';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import { WXACODE_CLIENT, WxacodeClient } from '../wechat/wxacode.client';
import { PositionExpiryService } from './position-expiry.service';
import { FavoritePositionController, OrgPositionController, PositionController, StaffPositionController } from './position.controller';
import { PositionChannelRepository, PositionRepository } from './position.repository';
import { PositionService } from './position.service';

@Module({
  imports: [AccountModule, AuditModule, FavoriteModule, OrganizationModule, NotificationModule],
  controllers: [PositionController, FavoritePositionController, OrgPositionController, StaffPositionController],
  providers: [
    PositionRepository,
    PositionChannelRepository,
    PositionService,
    PositionExpiryService,
    {
      provide: CONTENT_CHECK_CLIENT,
      inject: [WECHAT_CLIENT, APP_CONFIG],
      useFactory: (wechat: WechatClient | null, config: AppConfig) =>
        new ContentCheckClient(wechat, { baseUrl: config.wechat.baseUrl, production: config.env === 'production' }),
    },
    {
      provide: WXACODE_CLIENT,
      inject: [WECHAT_CLIENT, APP_CONFIG],
      useFactory: (wechat: WechatClient | null, config: AppConfig) =>
        new WxacodeClient(wechat, { baseUrl: config.wechat.baseUrl, envVersion: config.wechat.envVersion }),
    },
  ],
  // The content check is shared with other features that publish what users write (challenges).
  exports: [PositionService, PositionExpiryService, CONTENT_CHECK_CLIENT],
})
export class JobModule {}
