import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  maskPhone,
  type Organization,
  type OrganizationPage,
  type OrganizationQueueQuery,
  type RegisterOrganization,
  type VerifyOrganization,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationRepository } from './organization.repository';

/**
 * The verified-organisation rule, in one place: what an organisation does in public (publishing, proposing, browsing
 * talents, hosting, being named as a park's operator or a finance provider) needs it verified by staff. The access
 * rule `@VerifiedOrganization()` and every service that checks it answer 403 ORGANIZATION_NOT_VERIFIED.
 */
export function requireVerified<T extends { id: number; status: string }>(
  org: T | null | undefined,
  detail?: string,
): T {
  if (org && isVerified(org)) return org;
  throw new AppException(
    'ORGANIZATION_NOT_VERIFIED',
    403,
    detail ?? (org ? `organization ${org.id} is ${org.status}` : 'no organization'),
  );
}

export function isVerified(org: { status: string }): boolean {
  return org.status === 'verified';
}

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
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An enterprise user registers the organisation they act for; it waits for staff verification. */
  async register(userId: number, input: RegisterOrganization): Promise<Organization> {
    const saved = await this.dataSource.transaction(async (em) => {
      if (await this.organizations.findMembership(userId, em))
        throw AppException.conflict('ORGANIZATION_ALREADY_MEMBER');
      if (await this.organizations.findByUscc(input.uscc, em)) throw AppException.conflict('ORGANIZATION_USCC_TAKEN');
      const org = await this.organizations.insert({ ...input, status: 'pending', createdBy: userId }, em);
      await this.organizations.insertMember({ organizationId: org.id, userId, memberRole: 'owner' }, em);
      await this.audit.insert(
        { actorId: userId, action: 'organization.register', entityType: 'organization', entityId: org.id },
        em,
      );
      return org;
    });
    return toOrganization(saved, true);
  }

  // ---- for other features ----

  /** The organisation a user belongs to, whatever its status (null: none). */
  findForMember(userId: number, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return this.organizations.findForMember(userId, manager);
  }

  findByUscc(uscc: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return this.organizations.findByUscc(uscc, manager);
  }

  findMembership(userId: number) {
    return this.organizations.findMembership(userId);
  }

  /** The accounts that act for the organisation. */
  memberIds(organizationId: number): Promise<number[]> {
    return this.organizations.findMemberIds(organizationId);
  }

  /** The user's organisation when it is verified, else null (for what only a verified organisation's members see). */
  async findVerifiedForMember(userId: number, manager?: EntityManager): Promise<OrganizationEntity | null> {
    const org = await this.organizations.findForMember(userId, manager);
    return org && isVerified(org) ? org : null;
  }

  /** The user's organisation, which must be verified. */
  async requireVerifiedForMember(userId: number, manager?: EntityManager): Promise<OrganizationEntity> {
    return requireVerified(await this.organizations.findForMember(userId, manager));
  }

  /** An organisation named in an input (a park's operator, a finance provider): it must exist and be verified. */
  async requireVerifiedById(organizationId: number, manager?: EntityManager): Promise<OrganizationEntity> {
    const org = await this.organizations.findById(organizationId, manager);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND', `organization ${organizationId}`);
    return requireVerified(org);
  }

  /**
   * Account deletion (inside its transaction): the user leaves their organisation; when they registered it, the
   * organisation stays but loses their name and number as its contact.
   */
  async forgetMember(userId: number, manager: EntityManager): Promise<void> {
    const org = await this.organizations.findForMember(userId, manager);
    if (org && org.createdBy === userId) {
      await this.organizations.update(org.id, { contactName: '—', contactPhone: '' }, manager);
    }
    await this.organizations.deleteMembershipsOfUser(userId, manager);
  }

  // ---- the organisation's own routes ----

  async mine(userId: number): Promise<Organization> {
    const org = await this.organizations.findForMember(userId);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND');
    return toOrganization(org, true);
  }

  async queue(query: OrganizationQueueQuery): Promise<OrganizationPage> {
    const [rows, total] = await this.organizations.findPageByStatus(query.status, window(query));
    return pageOf(
      rows.map((o) => toOrganization(o, true)),
      total,
      query,
    );
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
        {
          actorId: staffId,
          action: `organization.${decision.decision}`,
          entityType: 'organization',
          entityId: organizationId,
          detail: { from: org.status },
        },
        em,
      );
      return { ...org, ...values } as OrganizationEntity;
    });
    return toOrganization(updated, true);
  }
}
