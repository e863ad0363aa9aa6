import type { AnnouncementDetail, AnnouncementRecord, AnnouncementSummary } from '@ihaigui/shared';
import type { AnnouncementEntity } from './announcement.entity';

export function toAnnouncementSummary(a: AnnouncementEntity): AnnouncementSummary {
  return {
    id: a.id,
    title: a.title,
    titleEn: a.titleEn,
    summary: a.summary,
    summaryEn: a.summaryEn,
    category: a.category,
    pinned: a.pinned,
    // Public rows always have one: the query filters on it.
    publishedAt: (a.publishedAt as Date).toISOString(),
    viewCount: a.viewCount,
  };
}

export function toAnnouncementDetail(a: AnnouncementEntity): AnnouncementDetail {
  return { ...toAnnouncementSummary(a), body: a.body, bodyEn: a.bodyEn };
}

export function toAnnouncementRecord(a: AnnouncementEntity): AnnouncementRecord {
  return {
    id: a.id,
    title: a.title,
    titleEn: a.titleEn,
    summary: a.summary,
    summaryEn: a.summaryEn,
    category: a.category,
    pinned: a.pinned,
    viewCount: a.viewCount,
    body: a.body,
    bodyEn: a.bodyEn,
    status: a.status,
    publishedAt: a.publishedAt ? a.publishedAt.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
