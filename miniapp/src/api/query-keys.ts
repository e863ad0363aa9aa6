import type { AnnouncementCategory } from '@ihaigui/shared'

/**
 * Query-key factory: every cache key is built here, so invalidating a family ("all announcement lists") is one
 * call. Keys do not include the locale: payloads carry both languages and are localised while rendering.
 */
export const queryKeys = {
  announcements: {
    all: ['announcements'] as const,
    lists: () => [...queryKeys.announcements.all, 'list'] as const,
    list: (category?: AnnouncementCategory) => [...queryKeys.announcements.lists(), category ?? 'all'] as const,
    home: () => [...queryKeys.announcements.all, 'home'] as const,
    details: () => [...queryKeys.announcements.all, 'detail'] as const,
    detail: (id: number) => [...queryKeys.announcements.details(), id] as const
  }
}
