import type { LiveServerFrame } from '@ihaigui/shared';

/**
 * Pushes a frame to every open live socket of the given users, on whichever server instance holds them. Features
 * (consultations, conversations) call it after their change is committed: the stored data stay the truth, a frame
 * only tells an open screen to show it now, and a screen that missed one catches up by asking the API.
 */
export abstract class LivePublisher {
  abstract publish(userIds: readonly number[], frame: LiveServerFrame): Promise<void>;
}
