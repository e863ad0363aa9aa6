import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CreateVisitSlot,
  encodeTagSet,
  INDUSTRY_LABELS,
  INDUSTRIES,
  decodeTagSet,
  type ParkDetail,
  type ParkInput,
  type ParkListQuery,
  type ParkSummary,
  type Page,
  type UpdatePark,
  type VisitSlot,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { localDate } from '../common/time/local-date';
import { OrganizationService } from '../organization/organization.service';
import { bilingualContent, type SearchEntry, SearchIndexer } from '../search/search.indexer';
import type { ParkEntity } from './park.entity';
import { toPolicySummary } from '../policy/policy.mapper';
import { toE6, toParkDetail, toParkSummary, toVisitSlot } from './park.mapper';
import { ParkRepository } from './park.repository';

/** At most this many upcoming slots on a park page. */
export const UPCOMING_SLOTS_MAX = 30;

/** What the search index holds for a park. */
function searchEntry(p: ParkEntity): SearchEntry {
  const industries = decodeTagSet(p.industries, INDUSTRIES).map((i) => INDUSTRY_LABELS[i]);
  return {
    type: 'park',
    refId: p.id,
    title: p.name,
    titleEn: p.nameEn,
    fields: [
      { text: p.name, weight: 10 },
      { text: p.nameEn, weight: 10 },
      { text: p.intro, weight: 1 },
      { text: p.introEn, weight: 1 },
      { text: p.address, weight: 2 },
      { text: p.addressEn, weight: 2 },
      { text: p.facilities.join(' '), weight: 2 },
      { text: p.facilitiesEn.join(' '), weight: 2 },
      { text: industries.map((l) => `${l.zh} ${l.en}`).join(' '), weight: 3 },
    ],
    // The labels lead the snippet: a query that matched an industry shows where it matched.
    content: bilingualContent(
      [industries.map((l) => l.zh).join('、'), p.intro],
      [industries.map((l) => l.en).join(', '), p.introEn],
    ),
  };
}

/** Columns as stored, from the fields of the staff form that were sent. */
function toColumns(input: UpdatePark): Partial<ParkEntity> {
  const { latitude, longitude, industries, ...rest } = input;
  const values: Partial<ParkEntity> = { ...rest };
  if (latitude !== undefined) values.latitudeE6 = toE6(latitude);
  if (longitude !== undefined) values.longitudeE6 = toE6(longitude);
  if (industries !== undefined) values.industries = encodeTagSet(industries);
  return values;
}

@Injectable()
export class ParkService {
  constructor(
    private readonly parks: ParkRepository,
    private readonly organizations: OrganizationService,
    private readonly search: SearchIndexer,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: ParkListQuery): Promise<Page<ParkSummary>> {
    const [rows, total] = await this.parks.findPage({
      district: query.district,
      industry: query.industry,
      ...window(query),
    });
    return pageOf(rows.map(toParkSummary), total, query);
  }

  /** The park with its upcoming visit slots and the linked policies that are public today: three statements. */
  /** The public title of one item, for other features that link to it (null when it is not public). */
  async publicTitle(id: number): Promise<{ title: string; titleEn: string | null } | null> {
    const park = await this.parks.findById(id);
    return park ? { title: park.name, titleEn: park.nameEn } : null;
  }

  async detail(id: number): Promise<ParkDetail> {
    const park = await this.parks.findById(id);
    if (!park) throw AppException.notFound('PARK_NOT_FOUND', `park ${id}`);
    const now = this.clock.now();
    const [slots, policies] = await Promise.all([
      this.parks.findUpcomingSlots(id, now, UPCOMING_SLOTS_MAX),
      this.parks.findPublishedPolicies(park.linkedPolicyIds, localDate(now)),
    ]);
    // In the order staff linked them.
    const byId = new Map(policies.map((p) => [p.id, p]));
    const linked = park.linkedPolicyIds.flatMap((pid) => {
      const found = byId.get(pid);
      return found ? [toPolicySummary(found)] : [];
    });
    return toParkDetail(park, linked, slots.map(toVisitSlot));
  }

  async create(input: ParkInput, actorId: number | null): Promise<ParkDetail> {
    const saved = await this.dataSource.transaction(async (em) => {
      await this.checkReferences(input, em);
      const park = await this.parks.insert(
        { ...toColumns(input), linkedPolicyIds: [...new Set(input.linkedPolicyIds)] },
        em,
      );
      await this.search.index(searchEntry(park), em);
      await this.audit.insert({ actorId, action: 'park.create', entityType: 'park', entityId: park.id }, em);
      return park;
    });
    return this.detail(saved.id);
  }

  async update(id: number, input: UpdatePark, actorId: number | null): Promise<ParkDetail> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.parks.findById(id, em);
      if (!current) throw AppException.notFound('PARK_NOT_FOUND', `park ${id}`);
      await this.checkReferences(input, em);
      const values = toColumns(input);
      if (input.linkedPolicyIds) values.linkedPolicyIds = [...new Set(input.linkedPolicyIds)];
      await this.parks.update(id, values, em);
      await this.search.index(searchEntry({ ...current, ...values }), em);
      await this.audit.insert(
        {
          actorId,
          action: 'park.update',
          entityType: 'park',
          entityId: id,
          detail: { fields: Object.keys(input).sort() },
        },
        em,
      );
    });
    return this.detail(id);
  }

  /** Staff open a visit slot; it must lie in the future. */
  createSlot(parkId: number, input: CreateVisitSlot, actorId: number | null): Promise<VisitSlot> {
    const startsAt = new Date(input.startsAt);
    return this.dataSource.transaction(async (em) => {
      if (!(await this.parks.findById(parkId, em))) throw AppException.notFound('PARK_NOT_FOUND', `park ${parkId}`);
      if (startsAt.getTime() <= this.clock.now().getTime())
        throw AppException.conflict('VISIT_SLOT_PAST', 'slot would start in the past');
      const slot = await this.parks.insertSlot(
        { parkId, startsAt, endsAt: new Date(input.endsAt), capacity: input.capacity, booked: 0, note: input.note },
        em,
      );
      await this.audit.insert(
        {
          actorId,
          action: 'park.slot.create',
          entityType: 'park',
          entityId: parkId,
          detail: { slotId: slot.id, capacity: slot.capacity },
        },
        em,
      );
      return toVisitSlot(slot);
    });
  }

  /** The operator must be a verified organisation; linked policies must exist (a draft may be linked ahead). */
  private async checkReferences(input: UpdatePark, em: EntityManager): Promise<void> {
    if (input.operatorOrganizationId) {
      await this.organizations.requireVerifiedById(input.operatorOrganizationId, em);
    }
    if (input.linkedPolicyIds?.length) {
      const ids = [...new Set(input.linkedPolicyIds)];
      if ((await this.parks.countPolicies(ids, em)) !== ids.length)
        throw AppException.notFound('POLICY_NOT_FOUND', 'linked policy missing');
    }
  }
}
