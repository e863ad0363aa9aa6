import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Policy detail views per local day, for the dashboard's "policies viewed" over a period. */
@Entity('policy_view_day')
@Index('idx_policy_view_day', ['day'])
export class PolicyViewDayEntity {
  @PrimaryColumn({ type: 'int' })
  policyId: number;

  /** YYYY-MM-DD in the city's time. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int', default: 0 })
  views: number;
}
