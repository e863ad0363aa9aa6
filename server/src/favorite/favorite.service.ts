import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type FavoriteTarget, FavoriteRepository } from './favorite.repository';

/** Bookmarks of policies and positions, for the features that own what is bookmarked (each keeps its own counters). */
@Injectable()
export class FavoriteService {
  constructor(private readonly favorites: FavoriteRepository) {}

  /** True when a bookmark was added (false: it was there already). */
  add(userId: number, targetType: FavoriteTarget, targetId: number, manager?: EntityManager): Promise<boolean> {
    return this.favorites.add(userId, targetType, targetId, manager);
  }

  /** True when a bookmark was removed. */
  remove(userId: number, targetType: FavoriteTarget, targetId: number, manager?: EntityManager): Promise<boolean> {
    return this.favorites.remove(userId, targetType, targetId, manager);
  }

  exists(userId: number, targetType: FavoriteTarget, targetId: number): Promise<boolean> {
    return this.favorites.exists(userId, targetType, targetId);
  }

  findTargetsOf(userId: number, targetType: FavoriteTarget, manager?: EntityManager): Promise<number[]> {
    return this.favorites.findTargetsOf(userId, targetType, manager);
  }

  findSavedOf(userId: number, targetType: FavoriteTarget): Promise<Array<{ targetId: number; createdAt: Date }>> {
    return this.favorites.findSavedOf(userId, targetType);
  }

  removeAllOf(userId: number, targetType: FavoriteTarget, manager?: EntityManager): Promise<void> {
    return this.favorites.removeAllOf(userId, targetType, manager);
  }
}
