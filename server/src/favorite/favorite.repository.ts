import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/db/unique-violation';
import { FavoriteEntity } from './favorite.entity';

export type FavoriteTarget = 'policy' | 'position';

/** Bookmarks, one method per query. */
@Injectable()
export class FavoriteRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(FavoriteEntity);
  }

  /** Inserts unless present; true when a row was added (so counters move once even under retries). */
  async add(userId: number, targetType: FavoriteTarget, targetId: number, manager?: EntityManager): Promise<boolean> {
    try {
      await this.repo(manager).insert({ userId, targetType, targetId });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async remove(
    userId: number,
    targetType: FavoriteTarget,
    targetId: number,
    manager?: EntityManager,
  ): Promise<boolean> {
    const result = await this.repo(manager).delete({ userId, targetType, targetId });
    return (result.affected ?? 0) > 0;
  }

  async exists(userId: number, targetType: FavoriteTarget, targetId: number): Promise<boolean> {
    return (await this.repo().countBy({ userId, targetType, targetId })) > 0;
  }

  findTargetsOf(userId: number, targetType: FavoriteTarget, manager?: EntityManager): Promise<number[]> {
    return this.repo(manager)
      .find({ select: { targetId: true }, where: { userId, targetType } })
      .then((rows) => rows.map((r) => r.targetId));
  }

  /** A user's bookmarks of one kind, newest first (their data export). */
  findSavedOf(userId: number, targetType: FavoriteTarget): Promise<Array<{ targetId: number; createdAt: Date }>> {
    return this.repo().find({
      select: { targetId: true, createdAt: true },
      where: { userId, targetType },
      order: { createdAt: 'DESC' },
    });
  }

  /** Removes every bookmark of a user of one kind (account deletion: each feature fixes its own counters). */
  async removeAllOf(userId: number, targetType: FavoriteTarget, manager?: EntityManager): Promise<void> {
    await this.repo(manager).delete({ userId, targetType });
  }
}
