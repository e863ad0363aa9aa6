import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { type AnnouncementCategory, type AnnouncementStatus, SUMMARY_MAX, TITLE_MAX } from '@ihaigui/shared';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../common/db/columns';

@Entity('announcement')
@Index('idx_announcement_public_order', ['status', 'pinned', 'publishedAt'])
@Index('idx_announcement_category', ['category', 'status', 'publishedAt'])
export class AnnouncementEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: TITLE_MAX })
  title: string;

  @Column({ type: 'varchar', length: TITLE_MAX, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: SUMMARY_MAX })
  summary: string;

  @Column({ type: 'varchar', length: SUMMARY_MAX, nullable: true })
  summaryEn: string | null;

  /** Sanitised HTML. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  /** One of ANNOUNCEMENT_CATEGORIES; a plain string column so adding a value needs no ALTER of an enum. */
  @Column({ type: 'varchar', length: 16 })
  category: AnnouncementCategory;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: AnnouncementStatus;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** Set on publish; a time in the future means "scheduled": hidden until then. */
  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  viewCount: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
