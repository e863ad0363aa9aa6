import { type ContactRequest, type FinanceDetail, type FinanceSummary, maskPhone } from '@ihaigui/shared';
import type { ContactRequestEntity, FinanceServiceEntity } from './finance.entity';

export function toFinanceSummary(s: FinanceServiceEntity, providerName: string): FinanceSummary {
  return {
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    kind: s.kind,
    provider: { id: s.providerOrganizationId, name: providerName },
    amountMin: s.amountMin,
    amountMax: s.amountMax,
    summary: s.summary,
    summaryEn: s.summaryEn,
  };
}

export function toFinanceDetail(s: FinanceServiceEntity, providerName: string): FinanceDetail {
  return {
    ...toFinanceSummary(s, providerName),
    terms: s.terms,
    termsEn: s.termsEn,
    audience: s.audience,
    audienceEn: s.audienceEn,
  };
}

/** Who is looking at a contact request decides whether the requester's number is shown whole. */
export type ContactRequestViewer = 'requester' | 'provider';

/**
 * The requester always sees their own number; the provider sees it while the conversation is open and masked
 * once the request is closed.
 */
export function toContactRequest(
  r: ContactRequestEntity,
  service: Pick<FinanceServiceEntity, 'id' | 'name' | 'nameEn'>,
  providerName: string,
  requesterName: string,
  viewer: ContactRequestViewer,
): ContactRequest {
  const reveal = viewer === 'requester' || r.status !== 'closed';
  return {
    id: r.id,
    service: { id: service.id, name: service.name, nameEn: service.nameEn, providerName },
    requester: {
      displayName: requesterName,
      contactPhone: reveal ? r.contactPhone : (maskPhone(r.contactPhone) ?? ''),
    },
    message: r.message,
    amountWanted: r.amountWanted,
    status: r.status,
    reply: r.reply,
    createdAt: r.createdAt.toISOString(),
    answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
  };
}
