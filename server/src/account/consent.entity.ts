import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../common/db/columns';

/** Each acceptance of a privacy-policy version, kept as evidence of consent. */
@Entity('consent')
@Index('idx_consent_user', ['userId', 'grantedAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 20 })
  policyVersion: string;

  @DateTimeColumn()
  grantedAt: Date;
}
