import { Global, Module } from '@nestjs/common';
import { NotificationController } from './notification.controller';
import { NotificationRepository, WechatSubscriptionRepository } from './notification.repository';
import { NotificationService } from './notification.service';

/** Global so any feature can notify people without importing this module. */
@Global()
@Module({
  controllers: [NotificationController],
  providers: [NotificationRepository, WechatSubscriptionRepository, NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
