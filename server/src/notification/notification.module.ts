import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { OutboxModule } from '../outbox/outbox.module';
import { NotificationController } from './notification.controller';
import { NotificationRepository, WechatSubscriptionRepository } from './notification.repository';
import { NotificationService } from './notification.service';

/** In-app notifications and WeChat subscribe messages; a feature that notifies people imports this module. */
@Module({
  imports: [AccountModule, OutboxModule],
  controllers: [NotificationController],
  providers: [NotificationRepository, WechatSubscriptionRepository, NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
