import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@ihaigui/shared';
import { DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';
import { UserEntity } from '../account/user.entity';

/** The in-app inbox: one row per message to one user, in both languages. */
@Entity('notification')
@Index('idx_notification_user', ['userId', 'createdAt'])
@Index('idx_notification_unread', ['userId', 'readAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — an inbox message belongs to its recipient. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Column({ type: 'varchar', length: 24 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 120 })
  titleZh: string;

  @Column({ type: 'varchar', length: 240 })
  titleEn: string;

  @Column({ type: 'varchar', length: 500 })
  bodyZh: string;

  @Column({ type: 'varchar', length: 1000 })
  bodyEn: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  linkPage: string | null;

  @Column({ type: 'int', nullable: true })
  linkId: number | null;

  @DateTimeColumn({ nullable: true })
  readAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;
}

/** One-time WeChat subscribe-message permissions a user granted (each accepted request allows one message). */
@Entity('wechat_subscription')
export class WechatSubscriptionEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a subscribe-message permission belongs to the account. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  template: string;

  @Column({ type: 'int', default: 0 })
  remaining: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}
