import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ChallengeStatus, Industry, ResponseStatus } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';
import { ModeratedEntity } from '../moderation/moderated-entity';

/** 揭榜挂帅: a technical challenge an organisation posts (张榜) for talents to answer (揭榜). */
@Entity('challenge')
@Index('idx_challenge_public', ['status', 'publishedAt'])
@Index('idx_challenge_org', ['organizationId', 'status'])
export class ChallengeEntity extends ModeratedEntity<ChallengeStatus> {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  createdBy: number;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 24 })
  field: Industry;

  @Column({ type: 'text' })
  problem: string;

  @Column({ type: 'text', nullable: true })
  problemEn: string | null;

  @Column({ type: 'text' })
  expectedOutcome: string;

  @Column({ type: 'text', nullable: true })
  expectedOutcomeEn: string | null;

  /** Yuan. */
  @Column({ type: 'int', nullable: true })
  budgetMin: number | null;

  @Column({ type: 'int', nullable: true })
  budgetMax: number | null;

  /** Last local day to respond (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 })
  deadline: string;

  /** The instant that day ends in the city. */
  @DateTimeColumn()
  deadlineAt: Date;

  @Column({ type: 'int', default: 0 })
  responseCount: number;

  @Column({ type: 'int', nullable: true })
  pickedResponseId: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** A talent's proposal for a challenge (alone or with one of their projects). */
@Entity('challenge_response')
@Index('uq_challenge_response', ['challengeId', 'userId'], { unique: true })
@Index('idx_challenge_response_queue', ['challengeId', 'status', 'createdAt'])
@Index('idx_challenge_response_user', ['userId', 'createdAt'])
@Index('idx_challenge_response_created', ['createdAt'])
export class ChallengeResponseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  challengeId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a response answers one challenge and goes with it. */
  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challengeId' })
  readonly challengeFk?: ChallengeEntity;

  /** The challenge's organisation, so access checks need no join. */
  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @Column({ type: 'text' })
  proposal: string;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: ResponseStatus;

  @Column({ type: 'int', nullable: true })
  intentionId: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
