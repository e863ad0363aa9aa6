import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { PolicyCategory, PolicySort, Region, StaffPolicyView, TargetGroup } from '@ihaigui/shared';
import { FavoriteEntity } from '../favorite/favorite.entity';
import { PolicyAttachmentEntity, PolicyEntity } from './policy.entity';

/** Columns of a list card: everything but the long texts. */
export const POLICY_SUMMARY_COLUMNS = [
  'id',
  'title',
  'titleEn',
  'issuer',
  'issuerEn',
  'region',
  'category',
  'targetGroups',
  'amountMin',
  'amountMax',
  'amountPeriod',
  'validFrom',
  'validTo',
  'summary',
  'summaryEn',
  'publishedAt',
] as const;

export interface PublicPolicyFilter {
  today: string;
  region?: Region;
  category?: PolicyCategory;
  targetGroup?: TargetGroup;
  minAmount?: number;
}

/** Every SQL statement about policies, one method per query. */
@Injectable()
export class PolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PolicyEntity);
  }

  /** Published and not past its validity: what talents see by default. */
  private current(qb: SelectQueryBuilder<PolicyEntity>, today: string) {
    return qb
      .where('p.status = :published', { published: 'published' })
      .andWhere(new Brackets((w) => w.where('p.validTo IS NULL').orWhere('p.validTo >= :today', { today })));
  }

  /** The public list: page + count in two statements whatever the page size. */
  findPublishedPage(filter: PublicPolicyFilter & { sort: PolicySort; offset: number; limit: number }) {
    const qb = this.current(
      this.repo()
        .createQueryBuilder('p')
        .select(POLICY_SUMMARY_COLUMNS.map((c) => `p.${c}`)),
      filter.today,
    );
    if (filter.region && filter.region !== 'citywide') {
      // A district's talent is served by its own policies and the citywide ones.
      qb.andWhere('p.region IN (:...regions)', { regions: [filter.region, 'citywide'] });
    } else if (filter.region === 'citywide') {
      qb.andWhere('p.region = :region', { region: 'citywide' });
    }
    if (filter.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter.targetGroup) qb.andWhere('p.targetGroups LIKE :group', { group: `%,${filter.targetGroup},%` });
    if (filter.minAmount !== undefined) qb.andWhere('p.amountMax >= :minAmount', { minAmount: filter.minAmount });
    if (filter.sort === 'amount') {
      qb.orderBy('p.amountMax IS NULL', 'ASC').addOrderBy('p.amountMax', 'DESC');
    } else if (filter.sort === 'deadline') {
      qb.orderBy('p.validTo IS NULL', 'ASC').addOrderBy('p.validTo', 'ASC');
    } else {
      qb.orderBy('p.publishedAt', 'DESC');
    }
    return qb.addOrderBy('p.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
  }

  /** Everything the matcher weighs: all current published policies with their criteria (a few hundred at most). */
  findAllCurrent(today: string): Promise<PolicyEntity[]> {
    return this.current(
      this.repo()
        .createQueryBuilder('p')
        .select([...POLICY_SUMMARY_COLUMNS, 'criteria'].map((c) => `p.${c}`)),
      today,
    )
      .orderBy('p.id', 'ASC')
      .getMany();
  }

  /** Published, expired or not: an old link still opens and says it has expired. */
  findPublishedById(id: number): Promise<PolicyEntity | null> {
    return this.repo().findOne({ where: { id, status: 'published' } });
  }

  findById(id: number, manager?: EntityManager): Promise<PolicyEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  findByIds(ids: number[]): Promise<PolicyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('p')
      .select(POLICY_SUMMARY_COLUMNS.map((c) => `p.${c}`))
      .where('p.id IN (:...ids)', { ids })
      .getMany();
  }

  /** Staff console views: by state, or by validity (expiring soon / expired among the published). */
  findStaffPage(params: { view: StaffPolicyView; today: string; soon: string; offset: number; limit: number }) {
    const qb = this.repo().createQueryBuilder('p');
    switch (params.view) {
      case 'draft':
      case 'published':
      case 'archived':
        qb.where('p.status = :status', { status: params.view }).orderBy('p.updatedAt', 'DESC');
        break;
      case 'expiring':
        qb.where('p.status = :status', { status: 'published' })
          .andWhere('p.validTo >= :today', { today: params.today })
          .andWhere('p.validTo <= :soon', { soon: params.soon })
          .orderBy('p.validTo', 'ASC');
        break;
      case 'expired':
        qb.where('p.status = :status', { status: 'published' })
          .andWhere('p.validTo < :today', { today: params.today })
          .orderBy('p.validTo', 'DESC');
        break;
      default:
        qb.orderBy('p.updatedAt', 'DESC');
    }
    return qb.addOrderBy('p.id', 'DESC').skip(params.offset).take(params.limit).getManyAndCount();
  }

  /** A user's saved policies, newest bookmark first: page + count. */
  findFavoritePage(userId: number, { offset, limit }: { offset: number; limit: number }) {
    return this.repo()
      .createQueryBuilder('p')
      .select(POLICY_SUMMARY_COLUMNS.map((c) => `p.${c}`))
      .innerJoin(FavoriteEntity, 'f', 'f.targetId = p.id AND f.targetType = :type AND f.userId = :userId', {
        type: 'policy',
        userId,
      })
      .where('p.status = :status', { status: 'published' })
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
  }

  findIdsByTitles(titles: string[]): Promise<Array<Pick<PolicyEntity, 'id' | 'title'>>> {
    if (titles.length === 0) return Promise.resolve([]);
    return this.repo().find({ select: { id: true, title: true }, where: { title: In(titles) } });
  }

  insert(values: Partial<PolicyEntity>, manager?: EntityManager): Promise<PolicyEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(values));
  }

  async update(id: number, values: Partial<PolicyEntity>, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, values);
  }

  async incrementViewCount(id: number): Promise<void> {
    await this.repo().increment({ id }, 'viewCount', 1);
  }

  /** Atomic in SQL so concurrent bookmarks never lose a count. */
  async addToFavoriteCount(id: number, delta: 1 | -1, manager?: EntityManager): Promise<void> {
    if (delta > 0) await this.repo(manager).increment({ id }, 'favoriteCount', 1);
    else await this.repo(manager).decrement({ id }, 'favoriteCount', 1);
  }

  /** One bookmark fewer on each of these policies (a user's bookmarks erased with the account). */
  async decrementFavoriteCounts(ids: number[], manager?: EntityManager): Promise<void> {
    if (ids.length > 0) await this.repo(manager).decrement({ id: In(ids) }, 'favoriteCount', 1);
  }

  findFavoriteCount(id: number, manager?: EntityManager): Promise<number> {
    return this.repo(manager)
      .findOne({ where: { id }, select: { id: true, favoriteCount: true } })
      .then((p) => p?.favoriteCount ?? 0);
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count();
  }
}

/** Attachment rows, one method per query. */
@Injectable()
export class PolicyAttachmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PolicyAttachmentEntity);
  }

  findByPolicy(policyId: number): Promise<PolicyAttachmentEntity[]> {
    return this.repo().find({ where: { policyId }, order: { id: 'ASC' } });
  }

  findOne(policyId: number, id: number): Promise<PolicyAttachmentEntity | null> {
    return this.repo().findOne({ where: { policyId, id } });
  }

  insert(values: Partial<PolicyAttachmentEntity>, manager?: EntityManager): Promise<PolicyAttachmentEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(values));
  }

  async delete(id: number, manager?: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }
}
