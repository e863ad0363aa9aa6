import { Injectable } from '@nestjs/common';
import type { AuditLogEntry, AuditLogQuery, CreateStaff, Page } from '@ihaigui/shared';
import { AuditRepository } from '../audit/audit.repository';
import { UserRepository } from '../account/account.repositories';
import { assertStrongPassword, hashPassword } from '../account/password';
import { AppException } from '../common/errors/app.exception';
import { pageOf, window } from '../common/db/paging';

@Injectable()
export class AdminService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly users: UserRepository,
  ) {}

  async auditLog(query: AuditLogQuery): Promise<Page<AuditLogEntry>> {
    const { offset, limit } = window(query);
    const [rows, total] = await this.audit.findPage({ entityType: query.entityType, actorId: query.actorId }, offset, limit);
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
    assertStrongPassword(input.password, input.username);
    if (await this.users.findByUsername(input.username)) throw AppException.conflict('USERNAME_TAKEN');
    const user = await this.users.insert({
      role: input.role,
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
    });
    await this.audit.insert({ actorId: adminId, action: 'account.create-staff', entityType: 'user', entityId: user.id, detail: { role: input.role } });
    return { id: user.id, username: input.username, displayName: user.displayName, role: user.role };
  }
}
