import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, type SelectQueryBuilder } from 'typeorm';
import type { ConsultationCategory, ConsultationStatus, StaffQueueView } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import {
  ConsultationEntity,
  ConsultationMessageEntity,
  ConsultationReadEntity,
  DeskAttachmentEntity,
  DeskCalendarDayEntity,
  DeskCategorySettingEntity,
  FaqEntryEntity,
} from './desk.entity';

/** A consultation with the names a card shows. */
export type ConsultationRow = ConsultationEntity & {
  asker?: Pick<UserEntity, 'id' | 'displayName'> | null;
  assignee?: Pick<UserEntity, 'id' | 'displayName'> | null;
};

export interface ConsultationPageFilter {
  askerId?: number;
  status?: ConsultationStatus;
  view?: StaffQueueView;
  category?: ConsultationCategory;
  /** The caller, for the "mine" view. */
  staffId?: number;
  now: Date;
  offset: number;
  limit: number;
}

/** A user as the desk needs them: role, name, whether the account is active. */
export type DeskUser = Pick<UserEntity, 'id' | 'role' | 'displayName' | 'locale'>;

/** Every SQL statement of the service desk, one method per query. */
@Injectable()
export class DeskRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---- users ----

  findActiveUser(id: number, manager?: EntityManager): Promise<DeskUser | null> {
    return this.em(manager).findOne(UserEntity, {
      where: { id, deletedAt: IsNull() },
      select: { id: true, role: true, displayName: true, locale: true },
    });
  }

  findStaff(): Promise<DeskUser[]> {
    return this.em().find(UserEntity, {
      where: { role: In(['staff', 'admin']), deletedAt: IsNull() },
      select: { id: true, role: true, displayName: true, locale: true },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }

  // ---- attachments ----

  async insertAttachment(values: Omit<DeskAttachmentEntity, 'id'>): Promise<DeskAttachmentEntity> {
    const saved = await this.em().save(DeskAttachmentEntity, this.em().create(DeskAttachmentEntity, values));
    return saved;
  }

  findAttachment(id: number): Promise<DeskAttachmentEntity | null> {
    return this.em().findOne(DeskAttachmentEntity, { where: { id } });
  }

  /** Attaches the uploader's own unattached files; the number attached (fewer than asked: someone else's or used). */
  async attach(
    ids: number[],
    uploaderId: number,
    target: { consultationId: number; messageId: number | null },
    manager: EntityManager,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(DeskAttachmentEntity)
      .set(target)
      .where({ id: In(ids), uploaderId, consultationId: IsNull() })
      .execute();
    return result.affected ?? 0;
  }

  findAttachmentsOf(consultationId: number, manager?: EntityManager): Promise<DeskAttachmentEntity[]> {
    return this.em(manager).find(DeskAttachmentEntity, { where: { consultationId }, order: { id: 'ASC' } });
  }

  findAttachmentsOfUploader(uploaderId: number): Promise<DeskAttachmentEntity[]> {
    return this.em().find(DeskAttachmentEntity, { where: { uploaderId }, order: { id: 'ASC' } });
  }

  // ---- consultations ----

  async insertConsultation(
    values: Omit<ConsultationEntity, 'id'>,
    manager: EntityManager,
  ): Promise<ConsultationEntity> {
    return manager.save(ConsultationEntity, manager.create(ConsultationEntity, values));
  }

  findConsultation(id: number, manager?: EntityManager): Promise<ConsultationEntity | null> {
    return this.em(manager).findOne(ConsultationEntity, { where: { id } });
  }

  private withNames(manager?: EntityManager): SelectQueryBuilder<ConsultationEntity> {
    return this.em(manager)
      .createQueryBuilder(ConsultationEntity, 'c')
      .leftJoinAndMapOne('c.asker', UserEntity, 'ua', 'ua.id = c.askerId')
      .leftJoinAndMapOne('c.assignee', UserEntity, 'us', 'us.id = c.assigneeId')
      .select('c')
      .addSelect(['ua.id', 'ua.displayName', 'us.id', 'us.displayName']);
  }

  findRow(id: number, manager?: EntityManager): Promise<ConsultationRow | null> {
    return this.withNames(manager).where('c.id = :id', { id }).getOne();
  }

  /**
   * Writes `values` when the consultation is in one of `from` (and, when given, matches `also`); false when it was
   * not (someone else moved it meanwhile).
   */
  async transition(
    id: number,
    from: ConsultationStatus[],
    values: Partial<ConsultationEntity>,
    manager: EntityManager,
    also: Partial<Record<keyof ConsultationEntity, null>> = {},
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ConsultationEntity)
      .set(values)
      .where({ id, status: In(from), ...Object.fromEntries(Object.keys(also).map((k) => [k, IsNull()])) })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private applyView(qb: SelectQueryBuilder<ConsultationEntity>, filter: ConsultationPageFilter): void {
    if (filter.askerId !== undefined) qb.andWhere('c.askerId = :askerId', { askerId: filter.askerId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
    switch (filter.view) {
      case undefined:
      case 'all':
        break;
      case 'unassigned':
        qb.andWhere("c.assigneeId IS NULL AND c.status <> 'resolved'");
        break;
      case 'mine':
        qb.andWhere("c.assigneeId = :staffId AND c.status <> 'resolved'", { staffId: filter.staffId ?? 0 });
        break;
      case 'overdue':
        qb.andWhere("c.status = 'open' AND (c.firstResponseDueAt < :now OR c.resolutionDueAt < :now)", {
          now: filter.now,
        });
        break;
      case 'waiting':
        qb.andWhere("c.status = 'waiting'");
        break;
      case 'resolved':
        qb.andWhere("c.status = 'resolved'");
        break;
    }
  }

  /** Page + count, newest activity first. */
  findPage(filter: ConsultationPageFilter): Promise<[ConsultationRow[], number]> {
    const qb = this.withNames();
    this.applyView(qb, filter);
    return qb
      .orderBy('c.updatedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getManyAndCount();
  }

  count(filter: Omit<ConsultationPageFilter, 'offset' | 'limit'>): Promise<number> {
    const qb = this.em().createQueryBuilder(ConsultationEntity, 'c');
    this.applyView(qb, { ...filter, offset: 0, limit: 0 });
    return qb.getCount();
  }

  findAllOfAsker(askerId: number): Promise<ConsultationEntity[]> {
    return this.em().find(ConsultationEntity, { where: { askerId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  // ---- messages and read state ----

  async insertMessage(
    values: Omit<ConsultationMessageEntity, 'id'>,
    manager: EntityManager,
  ): Promise<ConsultationMessageEntity> {
    return manager.save(ConsultationMessageEntity, manager.create(ConsultationMessageEntity, values));
  }

  /** The thread, oldest first, with the authors' names. */
  findMessages(
    consultationId: number,
    manager?: EntityManager,
  ): Promise<Array<ConsultationMessageEntity & { author?: Pick<UserEntity, 'id' | 'displayName'> | null }>> {
    return this.em(manager)
      .createQueryBuilder(ConsultationMessageEntity, 'm')
      .leftJoinAndMapOne('m.author', UserEntity, 'u', 'u.id = m.authorId')
      .select('m')
      .addSelect(['u.id', 'u.displayName'])
      .where('m.consultationId = :consultationId', { consultationId })
      .orderBy('m.id', 'ASC')
      .getMany();
  }

  findMessagesOfAuthor(authorId: number): Promise<ConsultationMessageEntity[]> {
    return this.em().find(ConsultationMessageEntity, { where: { authorId, internal: false }, order: { id: 'ASC' } });
  }

  /**
   * Messages of each consultation the reader has not seen: written by someone else, after the last one they read;
   * internal notes count for staff only.
   */
  async countUnread(consultationIds: number[], userId: number, staff: boolean): Promise<Map<number, number>> {
    if (consultationIds.length === 0) return new Map();
    const qb = this.em()
      .createQueryBuilder(ConsultationMessageEntity, 'm')
      .leftJoin(ConsultationReadEntity, 'r', 'r.consultationId = m.consultationId AND r.userId = :userId', { userId })
      .select('m.consultationId', 'consultationId')
      .addSelect('COUNT(*)', 'unread')
      .where('m.consultationId IN (:...ids)', { ids: consultationIds })
      .andWhere('(m.authorId IS NULL OR m.authorId <> :userId)', { userId })
      .andWhere('m.id > COALESCE(r.lastMessageId, 0)');
    if (!staff) qb.andWhere('m.internal = :internal', { internal: false });
    const rows = await qb.groupBy('m.consultationId').getRawMany<{ consultationId: number | string; unread: string }>();
    return new Map(rows.map((r) => [Number(r.consultationId), Number(r.unread)]));
  }

  /** Moves the reader's mark forward to `lastMessageId` (never back). */
  async markRead(consultationId: number, userId: number, lastMessageId: number): Promise<void> {
    const em = this.em();
    const updated = await em
      .createQueryBuilder()
      .update(ConsultationReadEntity)
      .set({ lastMessageId })
      .where('consultationId = :consultationId AND userId = :userId AND lastMessageId < :lastMessageId', {
        consultationId,
        userId,
        lastMessageId,
      })
      .execute();
    if ((updated.affected ?? 0) > 0) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(ConsultationReadEntity)
      .values({ consultationId, userId, lastMessageId })
      .orIgnore()
      .execute();
  }

  // ---- settings and calendar ----

  findSettings(manager?: EntityManager): Promise<DeskCategorySettingEntity[]> {
    return this.em(manager).find(DeskCategorySettingEntity);
  }

  findSetting(category: ConsultationCategory, manager?: EntityManager): Promise<DeskCategorySettingEntity | null> {
    return this.em(manager).findOne(DeskCategorySettingEntity, { where: { category } });
  }

  async saveSetting(values: DeskCategorySettingEntity): Promise<void> {
    await this.em().upsert(DeskCategorySettingEntity, values, ['category']);
  }

  findCalendar(manager?: EntityManager): Promise<DeskCalendarDayEntity[]> {
    return this.em(manager).find(DeskCalendarDayEntity, { order: { date: 'ASC' } });
  }

  findCalendarYear(year: number): Promise<DeskCalendarDayEntity[]> {
    return this.em()
      .createQueryBuilder(DeskCalendarDayEntity, 'd')
      .where('d.date >= :from AND d.date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('d.date', 'ASC')
      .getMany();
  }

  async saveCalendarDay(values: DeskCalendarDayEntity): Promise<void> {
    await this.em().upsert(DeskCalendarDayEntity, values, ['date']);
  }

  async removeCalendarDay(date: string): Promise<boolean> {
    const result = await this.em().delete(DeskCalendarDayEntity, { date });
    return (result.affected ?? 0) > 0;
  }

  // ---- reminders ----

  /** Open consultations whose reminder or due instant of a running target has come and not been handled yet. */
  findTimersDue(now: Date, limit: number): Promise<ConsultationEntity[]> {
    return this.em()
      .createQueryBuilder(ConsultationEntity, 'c')
      .where("c.status = 'open'")
      .andWhere(
        `((c.firstResponseRemindAt <= :now AND c.firstResponseRemindedAt IS NULL)
          OR (c.resolutionRemindAt <= :now AND c.resolutionRemindedAt IS NULL)
          OR (c.firstResponseDueAt <= :now AND c.firstResponseOverdueAt IS NULL)
          OR (c.resolutionDueAt <= :now AND c.resolutionOverdueAt IS NULL))`,
        { now },
      )
      .orderBy('c.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Stamps one bookkeeping column when still empty and the target still runs; true for the one caller that did. */
  async claimTimer(
    id: number,
    column: 'firstResponseRemindedAt' | 'resolutionRemindedAt' | 'firstResponseOverdueAt' | 'resolutionOverdueAt',
    dueColumn: 'firstResponseRemindAt' | 'resolutionRemindAt' | 'firstResponseDueAt' | 'resolutionDueAt',
    now: Date,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ConsultationEntity)
      .set({ [column]: now })
      .where({ id, status: 'open', [column]: IsNull(), [dueColumn]: LessThanOrEqual(now) })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  // ---- FAQ ----

  async insertFaq(values: Omit<FaqEntryEntity, 'id'>, manager: EntityManager): Promise<FaqEntryEntity> {
    return manager.save(FaqEntryEntity, manager.create(FaqEntryEntity, values));
  }

  async updateFaq(id: number, values: Partial<FaqEntryEntity>, manager: EntityManager): Promise<void> {
    await manager.update(FaqEntryEntity, { id }, values);
  }

  findFaq(id: number, manager?: EntityManager): Promise<FaqEntryEntity | null> {
    return this.em(manager).findOne(FaqEntryEntity, { where: { id } });
  }

  findPublishedFaq(id: number): Promise<FaqEntryEntity | null> {
    return this.em().findOne(FaqEntryEntity, { where: { id, withdrawnAt: IsNull() } });
  }

  findFaqOfConsultation(consultationId: number): Promise<FaqEntryEntity | null> {
    return this.em().findOne(FaqEntryEntity, { where: { consultationId, withdrawnAt: IsNull() } });
  }

  /** Every published entry (a few hundred at most: the list, its filter and suggestions rank them in memory). */
  findPublishedFaqs(category?: ConsultationCategory): Promise<FaqEntryEntity[]> {
    return this.em().find(FaqEntryEntity, {
      where: { withdrawnAt: IsNull(), ...(category ? { category } : {}) },
      order: { publishedAt: 'DESC', id: 'DESC' },
    });
  }

  // ---- statistics ----

  findAskedBetween(from: Date, to: Date): Promise<ConsultationEntity[]> {
    return this.em()
      .createQueryBuilder(ConsultationEntity, 'c')
      .where('c.createdAt >= :from AND c.createdAt < :to', { from, to })
      .getMany();
  }

  findResolvedBetween(from: Date, to: Date): Promise<ConsultationEntity[]> {
    return this.em()
      .createQueryBuilder(ConsultationEntity, 'c')
      .where('c.resolvedAt >= :from AND c.resolvedAt < :to', { from, to })
      .getMany();
  }

  findRatedBetween(from: Date, to: Date): Promise<ConsultationEntity[]> {
    return this.em()
      .createQueryBuilder(ConsultationEntity, 'c')
      .where('c.ratedAt >= :from AND c.ratedAt < :to', { from, to })
      .getMany();
  }

  // ---- erasure ----

  /**
   * A deleted asker's questions stay for the statistics, emptied of what they wrote: subject, question, their
   * messages and rating comment; their files are deleted (keys returned so the caller removes them from storage).
   */
  async eraseAsker(userId: number, manager: EntityManager): Promise<string[]> {
    const ids = (await manager.find(ConsultationEntity, { where: { askerId: userId }, select: { id: true } })).map(
      (c) => c.id,
    );
    const files = await manager.find(DeskAttachmentEntity, { where: { uploaderId: userId } });
    if (ids.length) {
      const more = await manager.find(DeskAttachmentEntity, { where: { consultationId: In(ids) } });
      files.push(...more.filter((f) => !files.some((g) => g.id === f.id)));
      await manager.delete(ConsultationMessageEntity, { consultationId: In(ids), authorKind: 'asker' });
      await manager.delete(ConsultationReadEntity, { consultationId: In(ids) });
      await manager.update(
        ConsultationEntity,
        { id: In(ids) },
        {
          askerId: null,
          subject: '（已注销用户）',
          body: '（已注销用户的咨询内容已删除）',
          aboutType: null,
          aboutId: null,
          aboutTitle: null,
          aboutTitleEn: null,
          ratingComment: null,
        },
      );
    }
    if (files.length) await manager.delete(DeskAttachmentEntity, { id: In(files.map((f) => f.id)) });
    // Staff members who wrote messages keep them with the consultation, without the link to the account.
    await manager.update(ConsultationMessageEntity, { authorId: userId }, { authorId: null });
    await manager.delete(ConsultationReadEntity, { userId });
    await manager.update(ConsultationEntity, { assigneeId: userId }, { assigneeId: null });
    await manager.update(DeskCategorySettingEntity, { supervisorId: userId }, { supervisorId: null });
    return files.map((f) => f.storageKey);
  }
}
