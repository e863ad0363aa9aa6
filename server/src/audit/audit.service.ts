import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditLogEntity } from './audit-log.entity';
import { type AuditEntry, AuditRepository } from './audit.repository';

/** The audit trail as other features use it: they write entries (inside their own transaction when given one) and read them back. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  insert(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(entry, manager);
  }

  findByActor(actorId: number): Promise<AuditLogEntity[]> {
    return this.audit.findByActor(actorId);
  }

  /** Newest first; page + count. */
  findPage(
    filter: { entityType?: string; actorId?: number },
    offset: number,
    limit: number,
  ): Promise<[AuditLogEntity[], number]> {
    return this.audit.findPage(filter, offset, limit);
  }

  findForEntity(entityType: string, entityId: string | number): Promise<AuditLogEntity[]> {
    return this.audit.findForEntity(entityType, entityId);
  }
}
