import type { Notification } from '@ihaigui/shared';
import type { NotificationEntity } from './notification.entity';

export function toNotification(n: NotificationEntity): Notification {
  return {
    id: n.id,
    kind: n.kind,
    title: { zh: n.titleZh, en: n.titleEn },
    body: { zh: n.bodyZh, en: n.bodyEn },
    link: n.linkPage !== null && n.linkId !== null ? { page: n.linkPage, id: n.linkId } : null,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}
