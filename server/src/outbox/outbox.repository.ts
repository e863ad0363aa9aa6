import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, type WhereExpressionBuilder } from 'typeorm';
import { OutboxMessageEntity } from './outbox.entity';

/** Rows a worker may take at `now`: due pending ones, and claimed ones whose lease lapsed (their worker died). */
function claimable(qb: WhereExpressionBuilder, now: Date): void {
  qb.where("(status = 'pending' AND nextAttemptAt <= :now)", { now }).orWhere(
    "(status = 'sending' AND lockedUntil < :now)",
    { now },
  );
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insertMany(
    rows: Array<Pick<OutboxMessageEntity, 'kind' | 'payload' | 'nextAttemptAt' | 'createdAt'>>,
    manager?: EntityManager,
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.em(manager).createQueryBuilder().insert().into(OutboxMessageEntity).values(rows).execute();
  }

  /** Candidates only: another instance may take any of them first; claim() decides. */
  findClaimable(now: Date, limit: number): Promise<OutboxMessageEntity[]> {
    return this.em()
      .createQueryBuilder(OutboxMessageEntity, 'o')
      .where(new Brackets((qb) => claimable(qb, now)))
      .orderBy('o.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Takes one row for this worker until `leaseUntil` with a single conditional UPDATE: it only matches while the row
   * is still claimable and nobody started an attempt since it was read, so of several instances exactly one wins.
   */
  async claim(id: number, seenAttempts: number, now: Date, leaseUntil: Date): Promise<boolean> {
    const result = await this.em()
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'sending', lockedUntil: leaseUntil, attempts: seenAttempts + 1 })
      .where('id = :id AND attempts = :seenAttempts', { id, seenAttempts })
      .andWhere(new Brackets((qb) => claimable(qb, now)))
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Ends the attempt this worker claimed (matched by attempts); false when its lease was taken over meanwhile. */
  async finish(
    id: number,
    attempt: number,
    values: Partial<Pick<OutboxMessageEntity, 'status' | 'nextAttemptAt' | 'lastError' | 'sentAt'>>,
  ): Promise<boolean> {
    const result = await this.em()
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ ...values, lockedUntil: null })
      .where("id = :id AND attempts = :attempt AND status = 'sending'", { id, attempt })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Housekeeping: finished rows (sent or given up) older than `before`. */
  async deleteFinishedBefore(before: Date): Promise<void> {
    await this.em()
      .createQueryBuilder()
      .delete()
      .from(OutboxMessageEntity)
      .where("status IN ('sent', 'failed') AND createdAt < :before", { before })
      .execute();
  }
}
