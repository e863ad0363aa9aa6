import { API, DEFAULT_PAGE_SIZE, type Notification, type RouteOutput } from '@ihaigui/shared'
import type { z } from 'zod'
import { callApi } from '@/api/request'

/* The signed-in user's inbox and what they answered to WeChat's subscribe-message prompt. */

export type NotificationPage = RouteOutput<typeof API.notifications.list>
export type SubscribeTemplate = z.input<typeof API.notifications.subscribe.body>['template']

export function fetchNotifications(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<NotificationPage> {
  return callApi(API.notifications.list, { query: { page, pageSize } })
}

export async function fetchUnreadCount(): Promise<number> {
  return (await callApi(API.notifications.unreadCount)).unread
}

/** Marks one message read (the caller refetches the inbox and the unread count). */
export function markNotificationRead(id: number): Promise<Notification> {
  return callApi(API.notifications.read, { params: { id }, body: {} })
}

/** Marks every message read; answers with the unread count, now 0. */
export async function markAllNotificationsRead(): Promise<number> {
  return (await callApi(API.notifications.readAll, { body: {} })).unread
}

/** What the user answered to the subscribe-message prompt, for the server to send (or not) WeChat messages. */
export function reportSubscription(template: SubscribeTemplate, accepted: boolean): Promise<void> {
  return callApi(API.notifications.subscribe, { body: { template, accepted } })
}
