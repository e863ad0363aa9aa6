import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AmountPeriod, Criterion, PolicyCategory, PolicyStatus, Region } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('policy')
@Index('idx_policy_public', ['status', 'validTo', 'publishedAt'])
@Index('idx_policy_category', ['category', 'status'])
export class PolicyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 240, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 60 })
  issuer: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  issuerEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  region: Region;

  @Column({ type: 'varchar', length: 24 })
  category: PolicyCategory;

  /** Target groups as ",a,b," (encodeTagSet) so a LIKE finds one on every dialect. */
  @Column({ type: 'varchar', length: 120 })
  targetGroups: string;

  /** Whole yuan. */
  @Column({ type: 'int', nullable: true })
  amountMin: number | null;

  @Column({ type: 'int', nullable: true })
  amountMax: number | null;

  @Column({ type: 'varchar', length: 8, default: 'once' })
  amountPeriod: AmountPeriod;

  /** YYYY-MM-DD, compared as text. */
  @Column({ type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'varchar', length: 300 })
  summary: string;

  @Column({ type: 'varchar', length: 600, nullable: true })
  summaryEn: string | null;

  /** Sanitised HTML. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ type: 'varchar', length: 1000 })
  howToApply: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  howToApplyEn: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  contact: string | null;

  /** Criterion[] as JSON text (simple-json is text on both dialects). */
  @Column({ type: 'simple-json' })
  criteria: Criterion[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: PolicyStatus;

  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  viewCount: number;

  @Column({ type: 'int', default: 0 })
  favoriteCount: number;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@Entity('policy_attachment')
@Index('idx_policy_attachment_policy', ['policyId'])
export class PolicyAttachmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  policyId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a policy's attachments go with the policy. */
  @ManyToOne(() => PolicyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policyId' })
  readonly policyFk?: PolicyEntity;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  @Column({ type: 'int' })
  size: number;

  @CreatedAtColumn()
  createdAt: Date;
}
