import type { AnnouncementRecord } from '@ihaigui/shared'

/** Published with a publication time still ahead: readers do not see it yet. */
export function isScheduled(record: Pick<AnnouncementRecord, 'status' | 'publishedAt'>, now = Date.now()): boolean {
  return record.status === 'published' && record.publishedAt !== null && Date.parse(record.publishedAt) > now
}
