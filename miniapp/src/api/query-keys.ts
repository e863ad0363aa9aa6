import type { AnnouncementCategory, AnnouncementStatus, OrganizationStatus } from '@ihaigui/shared'

/** Filters of the admin's audit-log list. */
export interface AuditLogFilter {
  entityType?: string
  actorId?: number
}

/**
 * Query-key factory: every cache key is built here, so invalidating a family ("all announcement lists") is one
 * call. Keys do not include the locale: payloads carry both languages and are localised while rendering.
 *
 * Data of a signed-in user lives under `['user', userId, …]`: another user signing in on the same device never
 * sees it, and signing out drops the whole family (see App).
 */
export const queryKeys = {
  announcements: {
    all: ['announcements'] as const,
    lists: () => [...queryKeys.announcements.all, 'list'] as const,
    list: (category?: AnnouncementCategory) => [...queryKeys.announcements.lists(), category ?? 'all'] as const,
    home: () => [...queryKeys.announcements.all, 'home'] as const,
    details: () => [...queryKeys.announcements.all, 'detail'] as const,
    detail: (id: number) => [...queryKeys.announcements.details(), id] as const
  },
  privacyPolicy: () => ['privacy-policy'] as const,
  user: {
    all: ['user'] as const,
    of: (userId: number) => [...queryKeys.user.all, userId] as const,
    me: (userId: number) => [...queryKeys.user.of(userId), 'me'] as const,
    talentProfile: (userId: number) => [...queryKeys.user.of(userId), 'talent-profile'] as const,
    organization: (userId: number) => [...queryKeys.user.of(userId), 'organization'] as const
  },
  staff: {
    all: (userId: number) => [...queryKeys.user.of(userId), 'staff'] as const,
    organizationQueue: (userId: number, status: OrganizationStatus) =>
      [...queryKeys.staff.all(userId), 'organizations', status] as const,
    announcements: (userId: number) => [...queryKeys.staff.all(userId), 'announcements'] as const,
    announcementList: (userId: number, status?: AnnouncementStatus) =>
      [...queryKeys.staff.announcements(userId), 'list', status ?? 'all'] as const,
    announcement: (userId: number, id: number) => [...queryKeys.staff.announcements(userId), 'detail', id] as const,
    auditLog: (userId: number, filter: AuditLogFilter) =>
      [...queryKeys.staff.all(userId), 'audit-log', filter.entityType ?? '', filter.actorId ?? 0] as const
  }
}
