import { createZodDto } from 'nestjs-zod';
import {
  emptyBodySchema,
  idParamSchema,
  notificationPageSchema,
  notificationSchema,
  pageQuerySchema,
  subscribeSchema,
  unreadCountSchema,
} from '@ihaigui/shared';

export class NotificationListQueryDto extends createZodDto(pageQuerySchema) {}
export class NotificationPageDto extends createZodDto(notificationPageSchema) {}
export class NotificationDto extends createZodDto(notificationSchema) {}
export class NotificationIdParamDto extends createZodDto(idParamSchema) {}
export class UnreadCountDto extends createZodDto(unreadCountSchema) {}
export class SubscribeDto extends createZodDto(subscribeSchema) {}
export class NotificationEmptyBodyDto extends createZodDto(emptyBodySchema) {}
