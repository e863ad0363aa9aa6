import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { BookingStatus, District } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('park')
@Index('idx_park_district', ['district'])
export class ParkEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  district: District;

  @Column({ type: 'varchar', length: 160 })
  address: string;

  @Column({ type: 'varchar', length: 240, nullable: true })
  addressEn: string | null;

  /** Degrees × 1e6 as integers: exact on every dialect. */
  @Column({ type: 'int' })
  latitudeE6: number;

  @Column({ type: 'int' })
  longitudeE6: number;

  @Column({ type: 'int' })
  areaSqm: number;

  @Column({ type: 'int' })
  spaceAvailableSqm: number;

  /** ",a,b," (encodeTagSet). */
  @Column({ type: 'varchar', length: 200 })
  industries: string;

  @Column({ type: 'simple-json' })
  facilities: string[];

  @Column({ type: 'simple-json' })
  facilitiesEn: string[];

  @Column({ type: 'text' })
  intro: string;

  @Column({ type: 'text', nullable: true })
  introEn: string | null;

  @Column({ type: 'simple-json' })
  photos: string[];

  @Column({ type: 'varchar', length: 40 })
  contactName: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'int', nullable: true })
  operatorOrganizationId: number | null;

  @Column({ type: 'simple-json' })
  linkedPolicyIds: number[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@Entity('park_visit_slot')
@Index('idx_visit_slot_park', ['parkId', 'startsAt'])
export class VisitSlotEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  parkId: number;

  @DateTimeColumn()
  startsAt: Date;

  @DateTimeColumn()
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  /** Places taken by pending and confirmed bookings; only ever changed by a conditional UPDATE. */
  @Column({ type: 'int', default: 0 })
  booked: number;

  @Column({ type: 'varchar', length: 120, nullable: true })
  note: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}

@Entity('park_visit_booking')
@Index('uq_visit_booking_slot_user', ['slotId', 'userId'], { unique: true })
@Index('idx_visit_booking_user', ['userId', 'createdAt'])
@Index('idx_visit_booking_park', ['parkId', 'status', 'createdAt'])
export class VisitBookingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  slotId: number;

  @Column({ type: 'int' })
  parkId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'int' })
  partySize: number;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: BookingStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  responseNote: string | null;

  @Column({ type: 'int', nullable: true })
  respondedBy: number | null;

  @DateTimeColumn({ nullable: true })
  respondedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
