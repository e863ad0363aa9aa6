import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus, Degree } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

/** The profile as the talent shared it when applying: later edits to the profile do not change what was sent. */
export interface ApplicantSnapshot {
  name: string;
  nationality: string;
  studyCountry: string;
  degree: Degree;
  school: string;
  major: string;
  returnYear: number | null;
}

@Entity('application')
@Index('uq_application_position_user', ['positionId', 'userId'], { unique: true })
@Index('idx_application_position', ['positionId', 'status', 'createdAt'])
@Index('idx_application_user', ['userId', 'createdAt'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  positionId: number;

  /** The organisation applied to (the only one that may see the applicant). */
  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 1000 })
  message: string;

  @Column({ type: 'simple-json' })
  profile: ApplicantSnapshot;

  /** A copy of the CV made when applying (storage key), or null. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  cvKey: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  channel: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** Every status an application went through, with who moved it, when, and the message they wrote. */
@Entity('application_event')
@Index('idx_application_event_application', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — an application's history goes with the application. */
  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  readonly applicationFk?: ApplicationEntity;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  message: string | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @DateTimeColumn()
  at: Date;
}
