import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import type { District, IntentionSide, IntentionSource, IntentionStatus } from '@ihaigui/shared';
import { DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

/** BIGINT comes back from mysql2 as a string; amounts here stay below 2^53. */
const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

/** 对接意向: an organisation and a project (its owner) or a talent, followed from proposal to landing. */
@Entity('intention')
@Index('uq_intention_open', ['openKey'], { unique: true })
@Index('idx_intention_org', ['organizationId', 'updatedAt'])
@Index('idx_intention_talent', ['talentUserId', 'updatedAt'])
@Index('idx_intention_project', ['projectId'])
@Index('idx_intention_event', ['eventId'])
@Index('idx_intention_created', ['createdAt'])
@Index('idx_intention_agreement', ['agreementAt'])
@Index('idx_intention_signed', ['signedAt'])
export class IntentionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  organizationId: number;

  /** The talent side: the project's owner, or the talent proposed to. */
  @Column({ type: 'int' })
  talentUserId: number;

  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @Column({ type: 'varchar', length: 12 })
  source: IntentionSource;

  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @Column({ type: 'int', nullable: true })
  challengeId: number | null;

  @Column({ type: 'varchar', length: 12 })
  proposedBy: IntentionSide;

  @Column({ type: 'int' })
  proposedByUserId: number;

  @Column({ type: 'varchar', length: 12, default: 'proposed' })
  status: IntentionStatus;

  /**
   * "o<org>:p<project>" or "o<org>:t<talent>" while the intention is open, null once final: the unique index keeps
   * one open intention per pair on every dialect (NULLs never collide).
   */
  @Column({ type: 'varchar', length: 40, nullable: true })
  openKey: string | null;

  /** 落地签约: yuan. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  registeredCapital: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  investmentAmount: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  district: District | null;

  @DateTimeColumn({ nullable: true })
  acceptedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  meetingAt: Date | null;

  @DateTimeColumn({ nullable: true })
  agreementAt: Date | null;

  @DateTimeColumn({ nullable: true })
  signedAt: Date | null;

  /** Declined or withdrawn. */
  @DateTimeColumn({ nullable: true })
  closedAt: Date | null;

  /** Set from the clock (not the database) so the dashboard and tests agree on step times. */
  @DateTimeColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** One step of an intention: who (side and account), when, and their note. */
@Entity('intention_step')
@Index('idx_intention_step', ['intentionId', 'at'])
export class IntentionStepEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  intentionId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — an intention's steps and notes go with the intention. */
  @ManyToOne(() => IntentionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intentionId' })
  readonly intentionFk?: IntentionEntity;

  @Column({ type: 'varchar', length: 12 })
  status: IntentionStatus;

  @Column({ type: 'int' })
  actorUserId: number;

  @Column({ type: 'varchar', length: 12 })
  actorSide: IntentionSide | 'staff';

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** Recorded by staff for a step made outside the portal. */
  @Column({ type: 'boolean', default: false })
  offline: boolean;

  @DateTimeColumn()
  at: Date;
}
