import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../common/db/columns';
import { UserEntity } from './user.entity';

/** Each acceptance of a privacy-policy version, kept as evidence of consent. */
@Entity('consent')
@Index('idx_consent_user', ['userId', 'grantedAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — consent records belong to the account (accounts are anonymised, not deleted; a deleted row takes its own). */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  policyVersion: string;

  @DateTimeColumn()
  grantedAt: Date;
}
