import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FINANCE_KIND_LABELS,
  type FinanceDetail,
  type FinanceInput,
  type FinanceListQuery,
  type FinanceSummary,
  type Page,
  type UpdateFinance,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { OrganizationService } from '../organization/organization.service';
import { bilingualContent, type SearchEntry, SearchIndexer } from '../search/search.indexer';
import type { FinanceServiceEntity } from './finance.entity';
import { toFinanceDetail, toFinanceSummary } from './finance.mapper';
import { FinanceRepository } from './finance.repository';

/** What the search index holds for a finance service. */
function searchEntry(s: FinanceServiceEntity): SearchEntry {
  const kind = FINANCE_KIND_LABELS[s.kind];
  return {
    type: 'finance',
    refId: s.id,
    title: s.name,
    titleEn: s.nameEn,
    fields: [
      { text: s.name, weight: 10 },
      { text: s.nameEn, weight: 10 },
      { text: s.summary, weight: 3 },
      { text: s.summaryEn, weight: 3 },
      { text: s.terms, weight: 1 },
      { text: s.termsEn, weight: 1 },
      { text: s.audience, weight: 2 },
      { text: s.audienceEn, weight: 2 },
      { text: `${kind.zh} ${kind.en}`, weight: 3 },
    ],
    content: bilingualContent(
      [kind.zh, s.summary, s.audience, s.terms],
      [kind.en, s.summaryEn, s.audienceEn, s.termsEn],
    ),
  };
}

/** Funds, talent loans, guarantees and insurance offered by verified organisations. */
@Injectable()
export class FinanceService {
  constructor(
    private readonly finance: FinanceRepository,
    private readonly organizations: OrganizationService,
    private readonly search: SearchIndexer,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** Page + count + provider names: three statements whatever the page size. */
  async list(query: FinanceListQuery): Promise<Page<FinanceSummary>> {
    const [rows, total] = await this.finance.findPage({ kind: query.kind, ...window(query) });
    const names = await this.providerNames(rows);
    return pageOf(
      rows.map((s) => toFinanceSummary(s, names.get(s.providerOrganizationId) ?? '')),
      total,
      query,
    );
  }

  async detail(id: number): Promise<FinanceDetail> {
    const service = await this.finance.findById(id);
    if (!service) throw AppException.notFound('FINANCE_NOT_FOUND', `finance ${id}`);
    const names = await this.providerNames([service]);
    return toFinanceDetail(service, names.get(service.providerOrganizationId) ?? '');
  }

  async create(input: FinanceInput, actorId: number | null): Promise<FinanceDetail> {
    const saved = await this.dataSource.transaction(async (em) => {
      checkAmounts(input.amountMin, input.amountMax);
      await this.requireProvider(input.providerOrganizationId, em);
      const service = await this.finance.insert(input, em);
      await this.search.index(searchEntry(service), em);
      await this.audit.insert({ actorId, action: 'finance.create', entityType: 'finance', entityId: service.id }, em);
      return service;
    });
    return this.detail(saved.id);
  }

  async update(id: number, input: UpdateFinance, actorId: number | null): Promise<FinanceDetail> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.finance.findById(id, em);
      if (!current) throw AppException.notFound('FINANCE_NOT_FOUND', `finance ${id}`);
      const next = { ...current, ...input };
      checkAmounts(next.amountMin, next.amountMax);
      if (input.providerOrganizationId !== undefined) await this.requireProvider(input.providerOrganizationId, em);
      await this.finance.update(id, input, em);
      await this.search.index(searchEntry(next), em);
      await this.audit.insert(
        {
          actorId,
          action: 'finance.update',
          entityType: 'finance',
          entityId: id,
          detail: { fields: Object.keys(input).sort() },
        },
        em,
      );
    });
    return this.detail(id);
  }

  private async providerNames(rows: FinanceServiceEntity[]): Promise<Map<number, string>> {
    const orgs = await this.finance.findOrganizationNames([...new Set(rows.map((r) => r.providerOrganizationId))]);
    return new Map(orgs.map((o) => [o.id, o.name]));
  }

  /** Requests go to the provider's members, so it must be a verified organisation. */
  private async requireProvider(organizationId: number, em: EntityManager): Promise<void> {
    await this.organizations.requireVerifiedById(organizationId, em);
  }
}

function checkAmounts(min: number | null, max: number | null): void {
  if (min !== null && max !== null && min > max)
    throw new AppException('VALIDATION_FAILED', 400, 'amountMin exceeds amountMax');
}
