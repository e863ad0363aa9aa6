import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Degree, District, Industry, Intent, ProfileVisibility } from '@ihaigui/shared';
import { DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';
import { UserEntity } from './user.entity';

@Entity('talent_profile')
export class TalentProfileEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — the profile belongs to the account. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  nationality: string;

  @Column({ type: 'varchar', length: 40 })
  studyCountry: string;

  @Column({ type: 'varchar', length: 16 })
  degree: Degree;

  @Column({ type: 'varchar', length: 100 })
  school: string;

  @Column({ type: 'varchar', length: 60 })
  major: string;

  @Column({ type: 'varchar', length: 40 })
  field: string;

  @Column({ type: 'int', nullable: true })
  returnYear: number | null;

  @Column({ type: 'varchar', length: 16 })
  intent: Intent;

  @Column({ type: 'varchar', length: 16, default: 'private' })
  visibility: ProfileVisibility;

  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'int', nullable: true })
  yearsAbroad: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  industry: Industry | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  district: District | null;

  /** Storage key of the CV (a random name, never the uploaded file name). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  cvKey: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  cvFileName: string | null;

  @Column({ type: 'int', nullable: true })
  cvSize: number | null;

  @DateTimeColumn({ nullable: true })
  cvUploadedAt: Date | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
