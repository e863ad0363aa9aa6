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

  findByActor(actorId: number): Promise<AuditLogEntity[]> {
    return this.dataSource.manager.find(AuditLogEntity, { where: { actorId }, order: { id: 'ASC' } });
  }

  /** Newest first; page + count. */
  findPage(filter: { entityType?: string; actorId?: number }, offset: number, limit: number) {
    return this.dataSource.manager.findAndCount(AuditLogEntity, {
      where: {
        ...(filter.entityType ? { entityType: filter.entityType } : {}),
        ...(filter.actorId ? { actorId: filter.actorId } : {}),
      },
      order: { id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  findForEntity(entityType: string, entityId: string | number): Promise<AuditLogEntity[]> {
    return this.dataSource.manager.find(AuditLogEntity, {
      where: { entityType, entityId: String(entityId) },
      order: { id: 'ASC' },
    });
  }
}
