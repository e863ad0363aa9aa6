import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationStatus, OrganizationType } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('organization')
@Index('idx_organization_status', ['status', 'createdAt'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('uq_organization_uscc', { unique: true })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 16 })
  type: OrganizationType;

  @Column({ type: 'varchar', length: 50 })
  industry: string;

  @Column({ type: 'varchar', length: 30 })
  district: string;

  @Column({ type: 'varchar', length: 30 })
  contactName: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: OrganizationStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  rejectReason: string | null;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ type: 'int', nullable: true })
  verifiedBy: number | null;

  @DateTimeColumn({ nullable: true })
  verifiedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
