import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a feature does to a user's personal data when the account is deleted; runs inside the deletion transaction. */
export type Eraser = (userId: number, manager: EntityManager) => Promise<void>;

/**
 * Features that keep personal data of their own (bookmarks, visit bookings, contact requests…) register an eraser
 * here when they start, so account deletion reaches them without the account feature knowing each one.
 */
@Injectable()
export class AccountErasure {
  private readonly erasers = new Map<string, Eraser>();

  register(feature: string, eraser: Eraser): void {
    this.erasers.set(feature, eraser);
  }

  async eraseAll(userId: number, manager: EntityManager): Promise<void> {
    for (const eraser of this.erasers.values()) await eraser(userId, manager);
  }
}
