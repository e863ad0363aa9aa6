import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../common/db/columns';
import { UserEntity } from './user.entity';

/**
 * A refresh token, stored only as its SHA-256. Each login starts a family; each refresh replaces the token
 * with a new one of the same family. Presenting a replaced token again revokes the whole family (theft).
 */
@Entity('refresh_token')
@Index('idx_refresh_token_family', ['familyId'])
@Index('idx_refresh_token_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — sessions belong to the account. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 36 })
  familyId: string;

  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
