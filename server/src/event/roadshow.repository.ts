import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ProjectEntity } from '../project/project.entity';
import { RoadshowInterestEntity, RoadshowSlotEntity } from './event.entity';
import { SLOT_PROJECT_COLUMNS, type SlotProject } from './event.mapper';

/** Roadshow slots, the projects on them and organisations' interest; one method per query. */
@Injectable()
export class RoadshowRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** An event's slots in running order. */
  findSlots(eventId: number, manager?: EntityManager): Promise<RoadshowSlotEntity[]> {
    return this.em(manager).find(RoadshowSlotEntity, { where: { eventId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  findSlot(id: number, manager?: EntityManager): Promise<RoadshowSlotEntity | null> {
    return this.em(manager).findOne(RoadshowSlotEntity, { where: { id } });
  }

  findSlotOfProject(eventId: number, projectId: number, manager: EntityManager): Promise<RoadshowSlotEntity | null> {
    return manager.findOne(RoadshowSlotEntity, { where: { eventId, projectId } });
  }

  /** The last place in the running order (0 when there is none yet). */
  async findMaxSortOrder(eventId: number, manager: EntityManager): Promise<number> {
    const row = await manager
      .createQueryBuilder(RoadshowSlotEntity, 's')
      .select('MAX(s.sortOrder)', 'max')
      .where('s.eventId = :eventId', { eventId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0);
  }

  insertSlot(values: Partial<RoadshowSlotEntity>, manager: EntityManager): Promise<RoadshowSlotEntity> {
    return manager.save(manager.create(RoadshowSlotEntity, values));
  }

  async setSortOrder(id: number, sortOrder: number, manager: EntityManager): Promise<void> {
    await manager.update(RoadshowSlotEntity, { id }, { sortOrder });
  }

  async deleteSlot(id: number, manager: EntityManager): Promise<void> {
    await manager.delete(RoadshowSlotEntity, { id });
  }

  /** The project cards of these ids (public columns only). */
  findProjects(ids: number[], manager?: EntityManager): Promise<SlotProject[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em(manager).find(ProjectEntity, {
      select: Object.fromEntries(SLOT_PROJECT_COLUMNS.map((c) => [c, true])) as Record<
        (typeof SLOT_PROJECT_COLUMNS)[number],
        true
      >,
      where: { id: In(ids) },
    });
  }

  /** Projects accepted and shortlisted for a roadshow, earliest shortlisted first (the demo seed fills slots from them). */
  findShortlistedProjectIds(limit: number, manager: EntityManager): Promise<number[]> {
    return manager
      .createQueryBuilder(ProjectEntity, 'p')
      .select(['p.id'])
      .where('p.status = :status', { status: 'accepted' })
      .andWhere('p.shortlistedAt IS NOT NULL')
      .orderBy('p.shortlistedAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany()
      .then((rows) => rows.map((r) => r.id));
  }

  /** How many organisations marked interest in each of these slots, in one statement. */
  async countInterests(slotIds: number[]): Promise<Map<number, number>> {
    if (slotIds.length === 0) return new Map();
    const rows = await this.em()
      .createQueryBuilder(RoadshowInterestEntity, 'i')
      .select('i.slotId', 'slotId')
      .addSelect('COUNT(*)', 'count')
      .where('i.slotId IN (:...slotIds)', { slotIds })
      .groupBy('i.slotId')
      .getRawMany<{ slotId: number | string; count: number | string }>();
    return new Map(rows.map((r) => [Number(r.slotId), Number(r.count)]));
  }

  /** Which of these slots an organisation marked interest in. */
  async findInterestedSlotIds(slotIds: number[], organizationId: number): Promise<Set<number>> {
    if (slotIds.length === 0) return new Set();
    const rows = await this.em().find(RoadshowInterestEntity, {
      select: { slotId: true },
      where: { slotId: In(slotIds), organizationId },
    });
    return new Set(rows.map((r) => r.slotId));
  }

  findInterest(
    slotId: number,
    organizationId: number,
    manager?: EntityManager,
  ): Promise<RoadshowInterestEntity | null> {
    return this.em(manager).findOne(RoadshowInterestEntity, { where: { slotId, organizationId } });
  }

  countInterestsOfSlot(slotId: number, manager: EntityManager): Promise<number> {
    return manager.count(RoadshowInterestEntity, { where: { slotId } });
  }

  async insertInterest(values: RoadshowInterestEntity, manager: EntityManager): Promise<void> {
    await manager.insert(RoadshowInterestEntity, values);
  }

  /** Slots of the user's projects, and any whose project is already gone (erasers run in no promised order). */
  async deleteSlotsOfOwner(userId: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(RoadshowSlotEntity)
      .where(
        'projectId IN (SELECT p.id FROM project p WHERE p.ownerId = :userId) OR projectId NOT IN (SELECT p2.id FROM project p2)',
        { userId },
      )
      .execute();
  }

  /** Interests that opened an intention with the user as the talent side, or whose intention or slot is gone. */
  async deleteInterestsOfTalent(userId: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(RoadshowInterestEntity)
      .where(
        'intentionId IN (SELECT i.id FROM intention i WHERE i.talentUserId = :userId) OR intentionId NOT IN (SELECT i2.id FROM intention i2) OR slotId NOT IN (SELECT s.id FROM roadshow_slot s)',
        { userId },
      )
      .execute();
  }
}
