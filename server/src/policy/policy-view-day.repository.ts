import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../common/db/unique-violation';
import { PolicyViewDayEntity } from './policy-view-day.entity';

/** Policy detail views per local day: one row per policy and day, counted up in place. */
@Injectable()
export class PolicyViewDayRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo() {
    return this.dataSource.manager.getRepository(PolicyViewDayEntity);
  }

  /**
   * Counts one view of `policyId` on `day`. The day's row is raised by one conditional UPDATE; the day's first view
   * inserts it, and when a simultaneous first view inserted it in between, the UPDATE runs again.
   */
  async countView(policyId: number, day: string): Promise<void> {
    if (await this.increment(policyId, day)) return;
    try {
      await this.insertFirst(policyId, day);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      await this.increment(policyId, day);
    }
  }

  /** views = views + 1 on the day's row; false when there is no row yet. */
  private async increment(policyId: number, day: string): Promise<boolean> {
    const result = await this.repo()
      .createQueryBuilder()
      .update(PolicyViewDayEntity)
      .set({ views: () => 'views + 1' })
      .where('policyId = :policyId AND day = :day', { policyId, day })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async insertFirst(policyId: number, day: string): Promise<void> {
    await this.repo()
      .createQueryBuilder()
      .insert()
      .into(PolicyViewDayEntity)
      .values({ policyId, day, views: 1 })
      .execute();
  }
}
