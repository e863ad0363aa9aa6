import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../db/columns';
import { UserEntity } from '../../account/user.entity';

/**
 * One `Idempotency-Key` a signed-in user sent to a create route, with the first answer to it. Kept in the database,
 * so a retry gets the same answer after a restart and from any instance; the unique key lets one of several
 * simultaneous retries claim it.
 */
@Entity('idempotency_keys')
@Index('uq_idempotency_key', ['userId', 'key'], { unique: true })
@Index('idx_idempotency_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a stored Idempotency-Key belongs to the account that sent it. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  /** The contract route the key was first used on ('projects.create'). */
  @Column({ type: 'varchar', length: 64 })
  routeId: string;

  /** SHA-256 (hex) of the path parameters and body of the first request. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** 'pending' while the first request runs, 'done' once its answer is stored. */
  @Column({ type: 'varchar', length: 8 })
  status: 'pending' | 'done';

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  /** The JSON body of the first answer. */
  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  @DateTimeColumn()
  createdAt: Date;
}
