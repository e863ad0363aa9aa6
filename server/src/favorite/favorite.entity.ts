import { Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';

/** A user's bookmark of any public item (policies now; positions later). */
@Entity('favorite')
@Index('idx_favorite_target', ['targetType', 'targetId'])
export class FavoriteEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  targetType: string;

  @PrimaryColumn({ type: 'int' })
  targetId: number;

  @CreatedAtColumn()
  createdAt: Date;
}
