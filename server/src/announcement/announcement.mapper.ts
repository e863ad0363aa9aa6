import type { AnnouncementDetail, AnnouncementRecord, AnnouncementSummary } from '@ihaigui/shared';
import type { AnnouncementEntity } from './announcement.entity';

/** The fields every view of an announcement shares. */
function commonFields(a: AnnouncementEntity) {
  return {
    id: a.id,
    title: a.title,
    titleEn: a.titleEn,
    summary: a.summary,
    summaryEn: a.summaryEn,
    category: a.category,
    pinned: a.pinned,
    viewCount: a.viewCount,
  };
}

export function toAnnouncementSummary(a: AnnouncementEntity): AnnouncementSummary {
  // Public rows always have a publication time: the query filters on it.
  return { ...commonFields(a), publishedAt: (a.publishedAt as Date).toISOString() };
}

export function toAnnouncementDetail(a: AnnouncementEntity): AnnouncementDetail {
  return { ...toAnnouncementSummary(a), body: a.body, bodyEn: a.bodyEn };
}

export function toAnnouncementRecord(a: AnnouncementEntity): AnnouncementRecord {
  return {
    ...commonFields(a),
    body: a.body,
    bodyEn: a.bodyEn,
    status: a.status,
    publishedAt: a.publishedAt ? a.publishedAt.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
