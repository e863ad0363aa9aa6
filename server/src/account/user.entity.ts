import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('user')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** One of ROLES. */
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index('uq_user_openid', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Index('uq_user_username', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 40 })
  displayName: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale: Locale;

  /** Set when the account is deleted: personal fields are purged and it can no longer sign in. */
  @DateTimeColumn({ nullable: true })
  deletedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
