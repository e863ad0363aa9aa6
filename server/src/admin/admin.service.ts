import { Injectable } from '@nestjs/common';
import type { AuditLogEntry, AuditLogQuery, CreateStaff, Page } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { AccountService } from '../account/account.service';
import { pageOf, window } from '../common/db/paging';

@Injectable()
export class AdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly accounts: AccountService,
  ) {}

  async auditLog(query: AuditLogQuery): Promise<Page<AuditLogEntry>> {
    const { offset, limit } = window(query);
    const [rows, total] = await this.audit.findPage(
      { entityType: query.entityType, actorId: query.actorId },
      offset,
      limit,
    );
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        actorId: r.actorId,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        detail: r.detail,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
      query,
    );
  }

  /** Admins create staff (and other admin) accounts; the first admin comes from the CLI. */
  async createStaff(adminId: number | null, input: CreateStaff) {
    const user = await this.accounts.createWithPassword(input);
    await this.audit.insert({
      actorId: adminId,
      action: 'account.create-staff',
      entityType: 'user',
      entityId: user.id,
      detail: { role: input.role },
    });
    return { id: user.id, username: input.username, displayName: user.displayName, role: user.role };
  }
}
