import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CloseReason, Degree, District, Industry, JobFunction, PositionStatus } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';
import { ModeratedEntity } from '../moderation/moderated-entity';

/** status, contentCheck, rejectReason and publishedAt (set when approved) come from ModeratedEntity. */
@Entity('position')
@Index('idx_position_public', ['status', 'publishedAt'])
@Index('idx_position_expiry', ['status', 'expiresAt'])
@Index('idx_position_org', ['organizationId', 'status'])
export class PositionEntity extends ModeratedEntity<PositionStatus> {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  createdBy: number;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  function: JobFunction;

  @Column({ type: 'varchar', length: 24 })
  industry: Industry;

  @Column({ type: 'varchar', length: 20 })
  city: string;

  @Column({ type: 'varchar', length: 16 })
  district: District;

  /** Monthly, whole yuan. */
  @Column({ type: 'int', nullable: true })
  salaryMin: number | null;

  @Column({ type: 'int', nullable: true })
  salaryMax: number | null;

  @Column({ type: 'boolean', default: false })
  negotiable: boolean;

  @Column({ type: 'varchar', length: 16 })
  minDegree: Degree;

  /** DEGREE_RANK of minDegree, so "asks for at most a master's" is one comparison in SQL. */
  @Column({ type: 'int' })
  minDegreeRank: number;

  @Column({ type: 'int', default: 0 })
  experienceYears: number;

  @Column({ type: 'int', default: 1 })
  headcount: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'text' })
  requirements: string;

  @Column({ type: 'text', nullable: true })
  requirementsEn: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  benefits: string | null;

  @Column({ type: 'simple-json' })
  languages: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  closeReason: CloseReason | null;

  @Column({ type: 'int', nullable: true })
  reviewedBy: number | null;

  @DateTimeColumn({ nullable: true })
  reviewedAt: Date | null;

  /** Last local day the posting is open (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 })
  expiresOn: string;

  /** The instant that day ends in the city: the expiry job closes postings past it. */
  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  reminderSentAt: Date | null;

  @Column({ type: 'boolean', default: false })
  extended: boolean;

  @Column({ type: 'int', default: 0 })
  viewCount: number;

  @Column({ type: 'int', default: 0 })
  applicationCount: number;

  @Column({ type: 'int', default: 0 })
  favoriteCount: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** Views and applications each share channel (overseas liaison station, QR code…) brought to a position. */
@Entity('position_channel_stat')
export class PositionChannelStatEntity {
  @PrimaryColumn({ type: 'int' })
  positionId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a position's per-channel counters go with the position. */
  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'positionId' })
  readonly positionFk?: PositionEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ type: 'int', default: 0 })
  views: number;

  @Column({ type: 'int', default: 0 })
  applications: number;
}
