import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';
import { UserEntity } from '../account/user.entity';

/** A user's bookmark of any public item (policies now; positions later). */
@Entity('favorite')
@Index('idx_favorite_target', ['targetType', 'targetId'])
export class FavoriteEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a bookmark belongs to the account. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  targetType: string;

  @PrimaryColumn({ type: 'int' })
  targetId: number;

  @CreatedAtColumn()
  createdAt: Date;
}
