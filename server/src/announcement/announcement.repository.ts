import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnnouncementCategory, AnnouncementStatus } from '@ihaigui/shared';
import { AnnouncementEntity } from './announcement.entity';

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'category',
  'pinned',
  'publishedAt',
  'viewCount',
] as const;

/** Every SQL statement about announcements, one method per query. */
@Injectable()
export class AnnouncementRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AnnouncementEntity);
  }

  /** Published and due: pinned first, then newest. Two statements (page + count) whatever the page size. */
  findPublishedPage(params: { now: Date; category?: AnnouncementCategory; offset: number; limit: number }) {
    const qb = this.manager()
      .createQueryBuilder('a')
      .select(SUMMARY_COLUMNS.map((c) => `a.${c}`))
      .where('a.status = :status', { status: 'published' })
      .andWhere('a.publishedAt <= :now', { now: params.now });
    if (params.category) qb.andWhere('a.category = :category', { category: params.category });
    return qb
      .orderBy('a.pinned', 'DESC')
      .addOrderBy('a.publishedAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(params.offset)
      .take(params.limit)
      .getManyAndCount();
  }

  /** Staff view: any status, most recently changed first. */
  findPage(params: { status?: AnnouncementStatus; category?: AnnouncementCategory; offset: number; limit: number }) {
    return this.manager().findAndCount({
      where: {
        ...(params.status ? { status: params.status } : {}),
        ...(params.category ? { category: params.category } : {}),
      },
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  findPublishedById(id: number, now: Date): Promise<AnnouncementEntity | null> {
    return this.manager()
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere('a.status = :status', { status: 'published' })
      .andWhere('a.publishedAt <= :now', { now })
      .getOne();
  }

  /** Every published announcement, scheduled ones included (for rebuilding the search index). */
  findAllPublished(): Promise<AnnouncementEntity[]> {
    return this.manager().find({ where: { status: 'published' }, order: { id: 'ASC' } });
  }

  findById(id: number, manager?: EntityManager): Promise<AnnouncementEntity | null> {
    return this.manager(manager).findOne({ where: { id } });
  }

  /** Atomic in SQL, so concurrent readers never lose a count. */
  async incrementViewCount(id: number): Promise<void> {
    await this.manager().increment({ id }, 'viewCount', 1);
  }

  insert(values: Partial<AnnouncementEntity>, manager?: EntityManager): Promise<AnnouncementEntity> {
    const repo = this.manager(manager);
    return repo.save(repo.create(values));
  }

  async update(id: number, values: Partial<AnnouncementEntity>, manager?: EntityManager): Promise<void> {
    await this.manager(manager).update({ id }, values);
  }

  count(manager?: EntityManager): Promise<number> {
    return this.manager(manager).count();
  }
}
