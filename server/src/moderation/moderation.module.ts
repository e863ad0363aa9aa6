import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { CONTENT_CHECK_CLIENT, ContentCheckClient } from '../wechat/content-check.client';
import { WECHAT_CLIENT, type WechatClient } from '../wechat/wechat.client';
import { NotificationModule } from '../notification/notification.module';
import { ModerationService } from './moderation.service';

/**
 * The moderated-publication workflow, for every feature that publishes what users write (positions, challenges…),
 * with the WeChat content check it starts from.
 */
@Module({
  imports: [AccountModule, AuditModule, NotificationModule],
  providers: [
    ModerationService,
    {
      provide: CONTENT_CHECK_CLIENT,
      inject: [WECHAT_CLIENT, APP_CONFIG],
      useFactory: (wechat: WechatClient | null, config: AppConfig) =>
        new ContentCheckClient(wechat, { baseUrl: config.wechat.baseUrl, production: config.env === 'production' }),
    },
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
