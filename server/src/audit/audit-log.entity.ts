import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';

/** Append-only trace of every state change made through a service: who, what, on which object, when. */
@Entity('audit_log')
@Index('idx_audit_log_entity', ['entityType', 'entityId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The acting user; null for the system (seed, scheduled jobs). */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** Non-personal facts about the change (changed field names, new status). */
  @Column({ type: 'simple-json', nullable: true })
  detail: Record<string, unknown> | null;

  @CreatedAtColumn()
  createdAt: Date;
}
