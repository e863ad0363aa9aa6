import { emptyBodySchema, pageQuerySchema } from '../common/pagination';
import { defineRoutes } from '../common/route';
import { notificationPageSchema, notificationSchema, subscribeSchema, unreadCountSchema } from '../job/job.schema';
import { idParamSchema } from '../organization/organization.schema';

export const notificationsRoutes = defineRoutes('notifications', {
  list: {
    method: 'GET',
    path: '/me/notifications',
    summary: 'My messages, newest first, with the unread count',
    query: pageQuerySchema,
    response: notificationPageSchema,
  },
  unreadCount: {
    method: 'GET',
    path: '/me/notifications/unread-count',
    summary: 'How many of my messages are unread (the badge on the 我的 tab)',
    response: unreadCountSchema,
  },
  readAll: {
    method: 'POST',
    path: '/me/notifications/read-all',
    summary: 'Mark all my messages read',
    body: emptyBodySchema,
    response: unreadCountSchema,
    status: 200,
  },
  read: {
    method: 'POST',
    path: '/me/notifications/:id/read',
    summary: 'Mark one of my messages read',
    params: idParamSchema,
    body: emptyBodySchema,
    response: notificationSchema,
    status: 200,
  },
  subscribe: {
    method: 'POST',
    path: '/me/wechat-subscriptions',
    summary: 'What wx.requestSubscribeMessage answered: an acceptance allows one more WeChat message',
    body: subscribeSchema,
    response: 'noContent',
  },
});
