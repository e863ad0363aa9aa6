import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IntentionSide, IntentionSource } from '@ihaigui/shared';
import type { IntentionEntity } from './intention.entity';

/** What opening an intention needs; other features (roadshow interest, a challenge pick) call `open`. */
export interface OpenIntention {
  organizationId: number;
  /** The talent side: the project's owner, or the talent proposed to. */
  talentUserId: number;
  projectId: number | null;
  source: IntentionSource;
  eventId?: number | null;
  challengeId?: number | null;
  proposedBy: IntentionSide;
  /** Who acted: a member of the organisation, the talent, or staff recording an offline start. */
  actor: { userId: number; side: IntentionSide | 'staff' };
  note: string | null;
}

@Injectable()
export class IntentionService {
  /**
   * Opens an intention (status proposed, first step recorded) inside `em`'s transaction when given, else its own.
   * When an open intention already exists for the same organisation and project (or talent, without a project) it is
   * returned with created = false and nothing is written. The other side is notified after commit.
   */
  async open(input: OpenIntention, em?: EntityManager): Promise<{ intention: IntentionEntity; created: boolean }> {
    void input;
    void em;
    throw new Error('IntentionService.open is not implemented yet');
  }
}
