import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';

/** Which seed sets have run, so a restart never seeds twice (even after staff delete demo content). */
@Entity('seed_history')
export class SeedHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'int' })
  itemCount: number;

  @CreatedAtColumn()
  createdAt: Date;
}
