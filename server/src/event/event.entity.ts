import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { EventKind, EventStatus, RegistrationStatus } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

/** A fair, roadshow, cloud roadshow, park visit or policy briefing run by the service center. */
@Entity('event')
@Index('idx_event_public', ['status', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: EventStatus;

  @DateTimeColumn()
  startsAt: Date;

  @DateTimeColumn()
  endsAt: Date;

  @Column({ type: 'varchar', length: 120, nullable: true })
  place: string | null;

  @Column({ type: 'varchar', length: 240, nullable: true })
  placeEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'int' })
  capacity: number;

  /** Places taken; raised only by a conditional UPDATE (registeredCount < capacity). */
  @Column({ type: 'int', default: 0 })
  registeredCount: number;

  @Column({ type: 'int', default: 0 })
  waitlistCount: number;

  @DateTimeColumn()
  registrationDeadline: Date;

  @Column({ type: 'text' })
  agenda: string;

  @Column({ type: 'text', nullable: true })
  agendaEn: string | null;

  @Column({ type: 'varchar', length: 200 })
  organisers: string;

  @Column({ type: 'varchar', length: 400, nullable: true })
  organisersEn: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'int' })
  createdBy: number;

  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@Entity('event_registration')
@Index('uq_event_registration', ['eventId', 'userId'], { unique: true })
@Index('uq_event_registration_code', ['checkInCode'], { unique: true })
@Index('idx_event_registration_queue', ['eventId', 'status', 'createdAt'])
@Index('idx_event_registration_user', ['userId', 'createdAt'])
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @Column({ type: 'int' })
  userId: number;

  /** The organisation the user belonged to when registering, if any. */
  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: RegistrationStatus;

  /** CHECK_IN_CODE_PATTERN; shown as a QR code once registered. */
  @Column({ type: 'varchar', length: 8 })
  checkInCode: string;

  @DateTimeColumn({ nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'int', nullable: true })
  checkedInBy: number | null;

  /** When a waitlisted registration got a place. */
  @DateTimeColumn({ nullable: true })
  promotedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  cancelledAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** A shortlisted project's place in a roadshow's running order. */
@Entity('roadshow_slot')
@Index('uq_roadshow_slot_project', ['eventId', 'projectId'], { unique: true })
@Index('idx_roadshow_slot_order', ['eventId', 'sortOrder'])
@Index('idx_roadshow_slot_created', ['createdAt'])
export class RoadshowSlotEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @Column({ type: 'int' })
  projectId: number;

  @Column({ type: 'int' })
  sortOrder: number;

  @DateTimeColumn({ nullable: true })
  startsAt: Date | null;

  @Column({ type: 'int', default: 10 })
  minutes: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** An organisation's interest in a roadshow project; it opened the intention named here. */
@Entity('roadshow_interest')
export class RoadshowInterestEntity {
  @PrimaryColumn({ type: 'int' })
  slotId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — interest in a roadshow slot goes with the slot. */
  @ManyToOne(() => RoadshowSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slotId' })
  readonly slotFk?: RoadshowSlotEntity;

  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  @Column({ type: 'int' })
  intentionId: number;

  @Column({ type: 'int' })
  userId: number;

  @DateTimeColumn()
  createdAt: Date;
}
