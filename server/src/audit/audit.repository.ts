import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const row = manager.create(AuditLogEntity, {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      detail: entry.detail ?? null,
    });
    await manager.save(AuditLogEntity, row);
  }

  findForEntity(entityType: string, entityId: string | number): Promise<AuditLogEntity[]> {
    return this.dataSource.manager.find(AuditLogEntity, {
      where: { entityType, entityId: String(entityId) },
      order: { id: 'ASC' },
    });
  }
}
