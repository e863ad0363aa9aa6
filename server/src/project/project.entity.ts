import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Degree, Industry, OriginRegion, ProjectStage, ProjectStatus, ProjectVisibility } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

/** A talent's startup or technology project (人才项目). */
@Entity('project')
@Index('idx_project_public', ['status', 'acceptedAt'])
@Index('idx_project_owner', ['ownerId', 'createdAt'])
@Index('idx_project_event', ['eventId', 'submittedAt'])
@Index('idx_project_submitted', ['submittedAt'])
@Index('idx_project_ranking', ['status', 'averageScore'])
export class ProjectEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  ownerId: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 24 })
  field: Industry;

  @Column({ type: 'varchar', length: 16 })
  originRegion: OriginRegion;

  @Column({ type: 'int' })
  teamSize: number;

  @Column({ type: 'varchar', length: 16 })
  leaderDegree: Degree;

  @Column({ type: 'varchar', length: 16 })
  stage: ProjectStage;

  /** Yuan; null when not raising. */
  @Column({ type: 'int', nullable: true })
  financingNeed: number | null;

  /** PROJECT_SEEKS as a tag set (",investment,site,"). */
  @Column({ type: 'varchar', length: 80 })
  seeks: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summaryEn: string | null;

  @Column({ type: 'text' })
  details: string;

  @Column({ type: 'text', nullable: true })
  detailsEn: string | null;

  @Column({ type: 'varchar', length: 100 })
  contact: string;

  @Column({ type: 'varchar', length: 16, default: 'public' })
  visibility: ProjectVisibility;

  /** The fair or roadshow the project registered for, if any. */
  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ProjectStatus;

  /** Why it was returned or rejected (the talent reads it). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  pitchDeckKey: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  pitchDeckName: string | null;

  @Column({ type: 'int', nullable: true })
  pitchDeckSize: number | null;

  @DateTimeColumn({ nullable: true })
  pitchDeckUploadedAt: Date | null;

  /** First submission (the dashboard's "registered"). */
  @DateTimeColumn({ nullable: true })
  submittedAt: Date | null;

  /** Accepted in screening ("screened"). */
  @DateTimeColumn({ nullable: true })
  acceptedAt: Date | null;

  /** When every assigned reviewer had scored, at least one ("reviewed"); null again if a reviewer is added. */
  @DateTimeColumn({ nullable: true })
  reviewedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  shortlistedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  assignedCount: number;

  @Column({ type: 'int', default: 0 })
  reviewCount: number;

  /** Average of the submitted reviews' weighted totals (0–100), null before the first. */
  @Column({ type: 'double', nullable: true })
  averageScore: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** Screening and shortlisting steps, with who and why. */
@Entity('project_history')
@Index('idx_project_history', ['projectId', 'at'])
export class ProjectHistoryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  projectId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a project's screening history is part of the project and goes with it. */
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  readonly projectFk?: ProjectEntity;

  @Column({ type: 'varchar', length: 16 })
  action: 'submitted' | 'accepted' | 'returned' | 'rejected' | 'shortlisted' | 'unshortlisted';

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'int' })
  actorId: number;

  @DateTimeColumn()
  at: Date;
}

/** An expert reviewer assigned to a project, and their scores once submitted. */
@Entity('project_review')
@Index('uq_project_review', ['projectId', 'reviewerId'], { unique: true })
@Index('idx_project_review_reviewer', ['reviewerId', 'assignedAt'])
export class ProjectReviewEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  projectId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — an expert's review is of one project and goes with it. */
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  readonly projectFk?: ProjectEntity;

  @Column({ type: 'int' })
  reviewerId: number;

  @Column({ type: 'int' })
  assignedBy: number;

  @DateTimeColumn()
  assignedAt: Date;

  @Column({ type: 'int', nullable: true })
  innovation: number | null;

  @Column({ type: 'int', nullable: true })
  team: number | null;

  @Column({ type: 'int', nullable: true })
  market: number | null;

  @Column({ type: 'int', nullable: true })
  localFit: number | null;

  /** Weighted total out of 100. */
  @Column({ type: 'double', nullable: true })
  total: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @DateTimeColumn({ nullable: true })
  submittedAt: Date | null;
}
