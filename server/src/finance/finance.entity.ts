import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactRequestStatus, FinanceKind } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('finance_service')
@Index('idx_finance_kind', ['kind'])
export class FinanceServiceEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: FinanceKind;

  @Column({ type: 'int' })
  providerOrganizationId: number;

  @Column({ type: 'int', nullable: true })
  amountMin: number | null;

  @Column({ type: 'int', nullable: true })
  amountMax: number | null;

  @Column({ type: 'varchar', length: 1000 })
  terms: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  termsEn: string | null;

  @Column({ type: 'varchar', length: 500 })
  audience: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  audienceEn: string | null;

  @Column({ type: 'varchar', length: 300 })
  summary: string;

  @Column({ type: 'varchar', length: 600, nullable: true })
  summaryEn: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@Entity('finance_contact_request')
@Index('idx_contact_request_org', ['organizationId', 'status', 'createdAt'])
@Index('idx_contact_request_user', ['userId', 'createdAt'])
export class ContactRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  serviceId: number;

  /** The provider organisation at the time of the request. */
  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'int', nullable: true })
  amountWanted: number | null;

  @Column({ type: 'varchar', length: 16, default: 'sent' })
  status: ContactRequestStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reply: string | null;

  @Column({ type: 'int', nullable: true })
  answeredBy: number | null;

  @DateTimeColumn({ nullable: true })
  answeredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
