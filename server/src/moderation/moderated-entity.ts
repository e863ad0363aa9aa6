import { Column } from 'typeorm';
import type { ContentCheckResult } from '@ihaigui/shared';
import { DateTimeColumn } from '../common/db/columns';

/**
 * The columns every piece of user-written content published after moderation carries (positions, challenges…):
 * an entity extends this with its own status type. The column names are the property names, as when each entity
 * declared them itself.
 */
export abstract class ModeratedEntity<S extends string> {
  /** 'pending' while staff have not reviewed it, 'rejected' when they refused it; the other states are the entity's. */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: S;

  /** The WeChat content-check verdict of the text as last submitted (risky text is never stored). */
  @Column({ type: 'varchar', length: 8, default: 'pass' })
  contentCheck: ContentCheckResult;

  @Column({ type: 'varchar', length: 300, nullable: true })
  rejectReason: string | null;

  /** Set at the first approval; an edit approved again keeps it. */
  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;
}
