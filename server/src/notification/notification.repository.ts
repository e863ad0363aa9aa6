import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Locale } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { likePattern } from '../common/db/like-pattern';
import { NotificationEntity, WechatSubscriptionEntity } from './notification.entity';

/** The in-app inbox and the people it reaches; one method per query. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insert(values: Omit<NotificationEntity, 'id'>, manager?: EntityManager): Promise<NotificationEntity> {
    const em = this.em(manager);
    return em.save(em.create(NotificationEntity, values));
  }

  async insertMany(rows: Array<Omit<NotificationEntity, 'id'>>, manager?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await this.em(manager).createQueryBuilder().insert().into(NotificationEntity).values(rows).execute();
  }

  /** One user's inbox, newest first; page + count. */
  findPageForUser(params: { userId: number; offset: number; limit: number }) {
    return this.em().findAndCount(NotificationEntity, {
      where: { userId: params.userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: params.offset,
      take: params.limit,
    });
  }

  /** One COUNT on the (userId, readAt) index. */
  /** Every notification of the user, newest first (for the data export). */
  findAllForUser(userId: number): Promise<NotificationEntity[]> {
    return this.dataSource.manager.find(NotificationEntity, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  countUnread(userId: number): Promise<number> {
    return this.em().count(NotificationEntity, { where: { userId, readAt: IsNull() } });
  }

  findOwn(id: number, userId: number): Promise<NotificationEntity | null> {
    return this.em().findOne(NotificationEntity, { where: { id, userId } });
  }

  /** Marks one of the user's messages read (first reading time kept); 0 when it is not theirs or already read. */
  async markRead(id: number, userId: number, at: Date): Promise<number> {
    const result = await this.em().update(NotificationEntity, { id, userId, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }

  async markAllRead(userId: number, at: Date): Promise<number> {
    const result = await this.em().update(NotificationEntity, { userId, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(NotificationEntity, { userId });
  }

  /** Replaces a name in every message that contains it, in both languages (a deleted person's name in others' inboxes). */
  async replaceName(name: string, replacement: { zh: string; en: string }, manager: EntityManager): Promise<void> {
    const pattern = likePattern(name);
    const replace = (column: string, by: string) => () => `REPLACE(${column}, :name, :${by})`;
    await manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({
        titleZh: replace('titleZh', 'zh'),
        bodyZh: replace('bodyZh', 'zh'),
        titleEn: replace('titleEn', 'en'),
        bodyEn: replace('bodyEn', 'en'),
      })
      .where(
        "(titleZh LIKE :pattern ESCAPE '!' OR bodyZh LIKE :pattern ESCAPE '!' OR titleEn LIKE :pattern ESCAPE '!' OR bodyEn LIKE :pattern ESCAPE '!')",
        { pattern, name, zh: replacement.zh, en: replacement.en },
      )
      .execute();
  }

  /** Every member of an organisation (the people who hear about its positions and applicants). */
  async findMemberIds(organizationId: number, manager?: EntityManager): Promise<number[]> {
    const rows = await this.em(manager).find(OrganizationMemberEntity, {
      select: { userId: true },
      where: { organizationId },
    });
    return rows.map((r) => r.userId);
  }

  /** Where a WeChat message can reach the user, and in which language; null when they never signed in with WeChat. */
  async findRecipient(userId: number, manager?: EntityManager): Promise<{ openid: string; locale: Locale } | null> {
    const user = await this.em(manager).findOne(UserEntity, {
      select: { id: true, openid: true, locale: true, deletedAt: true },
      where: { id: userId },
    });
    return user?.openid && !user.deletedAt ? { openid: user.openid, locale: user.locale } : null;
  }
}

/** How many subscribe messages of each template a user has allowed (WeChat grants one message per acceptance). */
@Injectable()
export class WechatSubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  find(userId: number, template: string): Promise<WechatSubscriptionEntity | null> {
    return this.em().findOne(WechatSubscriptionEntity, { where: { userId, template } });
  }

  /** Creates the row with 0 allowed when it does not exist yet (a no-op otherwise). */
  async ensure(userId: number, template: string): Promise<void> {
    await this.em()
      .createQueryBuilder()
      .insert()
      .into(WechatSubscriptionEntity)
      .values({ userId, template, remaining: 0 })
      .orIgnore()
      .execute();
  }

  /** One more message allowed, never beyond `cap`; atomic in SQL. */
  async grant(userId: number, template: string, cap: number): Promise<void> {
    await this.em()
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => `CASE WHEN remaining < ${Number(cap)} THEN remaining + 1 ELSE ${Number(cap)} END` })
      .where('userId = :userId AND template = :template', { userId, template })
      .execute();
  }

  /** Uses one allowed message; false when none is left (so two senders never spend the same one). */
  async take(userId: number, template: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.em(manager)
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => 'remaining - 1' })
      .where('userId = :userId AND template = :template AND remaining > 0', { userId, template })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Gives back a message that could not be delivered for reasons other than the user's choice. */
  async giveBack(userId: number, template: string): Promise<void> {
    await this.em().increment(WechatSubscriptionEntity, { userId, template }, 'remaining', 1);
  }

  /** WeChat said the user refused or has no quota left: nothing more until they accept again. */
  async clear(userId: number, template: string): Promise<void> {
    await this.em().update(WechatSubscriptionEntity, { userId, template }, { remaining: 0 });
  }

  async deleteAllOfUser(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(WechatSubscriptionEntity, { userId });
  }
}
