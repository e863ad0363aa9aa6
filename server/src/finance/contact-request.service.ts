import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  AnswerContactRequest,
  ContactRequest,
  ContactRequestListQuery,
  CreateContactRequest,
  Page,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { OrganizationService } from '../organization/organization.service';
import { hostScopeOf, hosts } from '../park/host-scope';
import type { ContactRequestEntity } from './finance.entity';
import { type ContactRequestViewer, toContactRequest } from './finance.mapper';
import { ContactRequestRepository, FinanceRepository } from './finance.repository';

const ENTITY_TYPE = 'contact_request';

/**
 * A talent or enterprise user asks a finance provider to get in touch; the provider's members (or staff) answer,
 * and may close the request with their answer. The requester follows it in their own list.
 */
@Injectable()
export class ContactRequestService implements OnModuleInit {
  constructor(
    private readonly finance: FinanceRepository,
    private readonly requests: ContactRequestRepository,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly erasure: AccountErasure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's requests go, with the phone numbers and messages in them.
    this.erasure.register('finance-contact-requests', (userId, em) => this.requests.deleteAllOfUser(userId, em));
    this.erasure.registerExport('financeRequests', async (userId) => {
      const rows = await this.requests.findAllOfUser(userId);
      const names = new Map(
        (await this.finance.findByIds([...new Set(rows.map((r) => r.serviceId))])).map((f) => [f.id, f.name]),
      );
      return rows.map((r) => ({
        service: names.get(r.serviceId) ?? `#${r.serviceId}`,
        message: r.message,
        contactPhone: r.contactPhone,
        amountWanted: r.amountWanted,
        status: r.status,
        reply: r.reply,
        createdAt: r.createdAt.toISOString(),
      }));
    });
  }

  async create(userId: number, serviceId: number, input: CreateContactRequest): Promise<ContactRequest> {
    const saved = await this.dataSource.transaction(async (em) => {
      const service = await this.finance.findById(serviceId, em);
      if (!service) throw AppException.notFound('FINANCE_NOT_FOUND', `finance ${serviceId}`);
      const request = await this.requests.insert(
        {
          serviceId,
          organizationId: service.providerOrganizationId,
          userId,
          message: input.message,
          contactPhone: input.contactPhone,
          amountWanted: input.amountWanted,
          status: 'sent',
          reply: null,
          answeredBy: null,
          answeredAt: null,
          createdAt: this.clock.now(),
        },
        em,
      );
      await this.audit.insert(
        {
          actorId: userId,
          action: 'contact_request.create',
          entityType: ENTITY_TYPE,
          entityId: request.id,
          detail: { serviceId },
        },
        em,
      );
      return request;
    });
    return (await this.present([saved], 'requester'))[0] as ContactRequest;
  }

  async listMine(userId: number, query: ContactRequestListQuery): Promise<Page<ContactRequest>> {
    const [rows, total] = await this.requests.findPageForUser({ userId, status: query.status, ...window(query) });
    return pageOf(await this.present(rows, 'requester'), total, query);
  }

  /** Staff see every request; a provider's members see the requests to their organisation; others see none. */
  async listForHost(user: AuthUser, query: ContactRequestListQuery): Promise<Page<ContactRequest>> {
    const scope = await hostScopeOf(user, this.organizations);
    if (scope.kind === 'none') return pageOf([], 0, query);
    const [rows, total] =
      scope.kind === 'all'
        ? await this.requests.findPage({ status: query.status, ...window(query) })
        : await this.requests.findPageForOrganization({
            organizationId: scope.organizationId,
            status: query.status,
            ...window(query),
          });
    return pageOf(await this.present(rows, 'provider'), total, query);
  }

  /** Answers (again, if need be) an open request; `close` ends the conversation. A closed request takes no answer. */
  async answer(user: AuthUser, requestId: number, input: AnswerContactRequest): Promise<ContactRequest> {
    const scope = await hostScopeOf(user, this.organizations);
    const updated = await this.dataSource.transaction(async (em) => {
      const request = await this.requests.findById(requestId, em);
      if (!request || !hosts(scope, request.organizationId)) {
        throw AppException.notFound('CONTACT_REQUEST_NOT_FOUND', `request ${requestId} not for user ${user.id}`);
      }
      const values: Partial<ContactRequestEntity> = {
        status: input.close ? 'closed' : 'answered',
        reply: input.reply,
        answeredBy: user.id,
        answeredAt: this.clock.now(),
      };
      if (
        request.status === 'closed' ||
        !(await this.requests.transition(request.id, ['sent', 'answered'], values, em))
      ) {
        throw AppException.conflict('CONTACT_REQUEST_CLOSED', `request ${requestId}`);
      }
      await this.audit.insert(
        {
          actorId: user.id,
          action: input.close ? 'contact_request.close' : 'contact_request.answer',
          entityType: ENTITY_TYPE,
          entityId: request.id,
          detail: { from: request.status },
        },
        em,
      );
      return { ...request, ...values } as ContactRequestEntity;
    });
    return (await this.present([updated], 'provider'))[0] as ContactRequest;
  }

  /** Requests with their service, provider and requester names: three more statements for the whole page. */
  private async present(rows: ContactRequestEntity[], viewer: ContactRequestViewer): Promise<ContactRequest[]> {
    if (rows.length === 0) return [];
    const unique = (ids: number[]) => [...new Set(ids)];
    const [services, orgs, users] = await Promise.all([
      this.finance.findByIds(unique(rows.map((r) => r.serviceId))),
      this.finance.findOrganizationNames(unique(rows.map((r) => r.organizationId))),
      this.requests.findRequesterNames(unique(rows.map((r) => r.userId))),
    ]);
    const serviceById = new Map(services.map((s) => [s.id, s]));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const userName = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.flatMap((r) => {
      const service = serviceById.get(r.serviceId);
      return service
        ? [toContactRequest(r, service, orgName.get(r.organizationId) ?? '', userName.get(r.userId) ?? '', viewer)]
        : [];
    });
  }
}
