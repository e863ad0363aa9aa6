import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { FavoriteModule } from '../favorite/favorite.module';
import { NotificationModule } from '../notification/notification.module';
import { ModerationModule } from '../moderation/moderation.module';
import { OrganizationModule } from '../organization/organization.module';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import { WXACODE_CLIENT, WxacodeClient } from '../wechat/wxacode.client';
import { PositionExpiryService } from './position-expiry.service';
import {
  FavoritePositionController,
  OrgPositionController,
  PositionController,
  StaffPositionController,
} from './position.controller';
import { PositionChannelRepository, PositionRepository } from './position.repository';
import { PositionService } from './position.service';

@Module({
  imports: [AccountModule, AuditModule, FavoriteModule, OrganizationModule, NotificationModule, ModerationModule],
  controllers: [PositionController, FavoritePositionController, OrgPositionController, StaffPositionController],
  providers: [
    PositionRepository,
    PositionChannelRepository,
    PositionService,
    PositionExpiryService,
    {
      provide: WXACODE_CLIENT,
      inject: [WECHAT_CLIENT, APP_CONFIG],
      useFactory: (wechat: WechatClient | null, config: AppConfig) =>
        new WxacodeClient(wechat, { baseUrl: config.wechat.baseUrl, envVersion: config.wechat.envVersion }),
    },
  ],
  // The repositories only for the demo seed, which writes positions approved on past days.
  exports: [PositionService, PositionExpiryService, PositionRepository, PositionChannelRepository],
})
export class JobModule {}
