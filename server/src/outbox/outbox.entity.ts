import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../common/db/columns';

/**
 * - pending: waiting for nextAttemptAt.
 * - sending: claimed by one worker until lockedUntil (its lease); a lapsed lease makes it claimable again.
 * - sent: delivered (or deliberately not, e.g. the user refused); never touched again.
 * - failed: gave up after the configured number of attempts.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A message to an outside service, written in the same transaction as the change that causes it. */
@Entity('outbox_messages')
@Index('idx_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Which handler sends it, e.g. "subscribe_message". */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** JSON the handler reads. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: OutboxStatus;

  /** Attempts started so far; also the claim's fencing value (a worker only finishes the attempt it claimed). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateTimeColumn()
  nextAttemptAt: Date;

  @DateTimeColumn({ nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn({ nullable: true })
  sentAt: Date | null;
}
