import {
  decodeTagSet,
  describeCriterion,
  type PolicyAttachment,
  type PolicyDetail,
  type PolicyRecord,
  type PolicySummary,
  TARGET_GROUPS,
} from '@ihaigui/shared';
import type { PolicyAttachmentEntity, PolicyEntity } from './policy.entity';

type SummaryRow = Pick<
  PolicyEntity,
  | 'id'
  | 'title'
  | 'titleEn'
  | 'issuer'
  | 'issuerEn'
  | 'region'
  | 'category'
  | 'targetGroups'
  | 'amountMin'
  | 'amountMax'
  | 'amountPeriod'
  | 'validFrom'
  | 'validTo'
  | 'summary'
  | 'summaryEn'
  | 'publishedAt'
>;

export function toPolicySummary(p: SummaryRow): PolicySummary {
  return {
    id: p.id,
    title: p.title,
    titleEn: p.titleEn,
    issuer: p.issuer,
    issuerEn: p.issuerEn,
    region: p.region,
    category: p.category,
    targetGroups: decodeTagSet(p.targetGroups, TARGET_GROUPS),
    amountMin: p.amountMin,
    amountMax: p.amountMax,
    amountPeriod: p.amountPeriod,
    validFrom: p.validFrom,
    validTo: p.validTo,
    summary: p.summary,
    summaryEn: p.summaryEn,
    publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
  };
}

export function toAttachment(a: PolicyAttachmentEntity): PolicyAttachment {
  return { id: a.id, fileName: a.fileName, size: a.size, url: `/api/v1/policies/${a.policyId}/attachments/${a.id}` };
}

export function toPolicyDetail(
  p: PolicyEntity,
  attachments: PolicyAttachmentEntity[],
  favorited: boolean,
): PolicyDetail {
  return {
    ...toPolicySummary(p),
    sourceUrl: p.sourceUrl,
    body: p.body,
    bodyEn: p.bodyEn,
    howToApply: p.howToApply,
    howToApplyEn: p.howToApplyEn,
    contact: p.contact,
    criteria: p.criteria.map((criterion) => ({ criterion, requirement: describeCriterion(criterion) })),
    attachments: attachments.map(toAttachment),
    viewCount: p.viewCount,
    favoriteCount: p.favoriteCount,
    favorited,
  };
}

export function toPolicyRecord(p: PolicyEntity, attachments: PolicyAttachmentEntity[]): PolicyRecord {
  return {
    ...toPolicyDetail(p, attachments, false),
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
