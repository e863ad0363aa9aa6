import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  maskPhone,
  type Organization,
  type OrganizationPage,
  type OrganizationQueueQuery,
  type RegisterOrganization,
  type VerifyOrganization,
} from '@ihaigui/shared';
import { AuditRepository } from '../audit/audit.repository';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationRepository } from './organization.repository';
import { pageOf, window } from '../common/db/paging';

/** The contact number is shown whole to the organisation's own members and to staff, masked to everyone else. */
export function toOrganization(o: OrganizationEntity, revealContact: boolean): Organization {
  return {
    id: o.id,
    name: o.name,
    uscc: o.uscc,
    type: o.type,
    industry: o.industry,
    district: o.district,
    contactName: o.contactName,
    contactPhone: revealContact ? o.contactPhone : (maskPhone(o.contactPhone) ?? ''),
    status: o.status,
    rejectReason: o.rejectReason,
    createdAt: o.createdAt.toISOString(),
    verifiedAt: o.verifiedAt ? o.verifiedAt.toISOString() : null,
  };
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly audit: AuditRepository,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An enterprise user registers the organisation they act for; it waits for staff verification. */
  async register(userId: number, input: RegisterOrganization): Promise<Organization> {
    const saved = await this.dataSource.transaction(async (em) => {
      if (await this.organizations.findMembership(userId, em)) throw AppException.conflict('ORGANIZATION_ALREADY_MEMBER');
      if (await this.organizations.findByUscc(input.uscc, em)) throw AppException.conflict('ORGANIZATION_USCC_TAKEN');
      const org = await this.organizations.insert({ ...input, status: 'pending', createdBy: userId }, em);
      await this.organizations.insertMember({ organizationId: org.id, userId, memberRole: 'owner' }, em);
      await this.audit.insert({ actorId: userId, action: 'organization.register', entityType: 'organization', entityId: org.id }, em);
      return org;
    });
    return toOrganization(saved, true);
  }

  async mine(userId: number): Promise<Organization> {
    const org = await this.organizations.findForMember(userId);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND');
    return toOrganization(org, true);
  }

  async queue(query: OrganizationQueueQuery): Promise<OrganizationPage> {
    const [rows, total] = await this.organizations.findPageByStatus(query.status, window(query));
    return pageOf(rows.map((o) => toOrganization(o, true)), total, query);
  }

  /** Staff verify a pending (or previously rejected) organisation, or reject it with a reason the enterprise sees. */
  async decide(staffId: number, organizationId: number, decision: VerifyOrganization): Promise<Organization> {
    const updated = await this.dataSource.transaction(async (em) => {
      const org = await this.organizations.findById(organizationId, em);
      if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND');
      if (org.status === 'verified' || (decision.decision === 'reject' && org.status === 'rejected')) {
        throw AppException.conflict('ORGANIZATION_INVALID_TRANSITION', `${decision.decision} from ${org.status}`);
      }
      const values: Partial<OrganizationEntity> =
        decision.decision === 'verify'
          ? { status: 'verified', rejectReason: null, verifiedAt: this.clock.now(), verifiedBy: staffId }
          : { status: 'rejected', rejectReason: decision.reason ?? null };
      await this.organizations.update(organizationId, values, em);
      await this.audit.insert(
        { actorId: staffId, action: `organization.${decision.decision}`, entityType: 'organization', entityId: organizationId, detail: { from: org.status } },
        em,
      );
      return { ...org, ...values } as OrganizationEntity;
    });
    return toOrganization(updated, true);
  }
}
