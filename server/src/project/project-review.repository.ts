import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ReviewScores } from '@ihaigui/shared';
import { UserEntity } from '../account/user.entity';
import { ProjectEntity, ProjectReviewEntity } from './project.entity';
import { PROJECT_SUMMARY_COLUMNS } from './project.repository';

/** A review assignment with the reviewer's display name. */
export type ReviewRow = ProjectReviewEntity & { reviewer?: Pick<UserEntity, 'id' | 'displayName'> | null };
/** A reviewer's assignment with the project's card. */
export type AssignmentRow = ProjectReviewEntity & { project: ProjectEntity };
/** Per-criterion averages of one project's submitted reviews, as the database returns them. */
export type CriterionAverageRow = { projectId: number | string } & Record<keyof ReviewScores, number | string | null>;

/** Every SQL statement about review assignments and scores, one method per query. */
@Injectable()
export class ProjectReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** A project's assignments (scored or not) with each reviewer's name, in the order they were made. */
  findForProject(projectId: number, manager?: EntityManager): Promise<ReviewRow[]> {
    return this.em(manager)
      .createQueryBuilder(ProjectReviewEntity, 'r')
      .leftJoinAndMapOne('r.reviewer', UserEntity, 'u', 'u.id = r.reviewerId')
      .select(['r', 'u.id', 'u.displayName'])
      .where('r.projectId = :projectId', { projectId })
      .orderBy('r.assignedAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** One reviewer's assignment on a project, with their name. */
  findOne(projectId: number, reviewerId: number, manager?: EntityManager): Promise<ReviewRow | null> {
    return this.em(manager)
      .createQueryBuilder(ProjectReviewEntity, 'r')
      .leftJoinAndMapOne('r.reviewer', UserEntity, 'u', 'u.id = r.reviewerId')
      .select(['r', 'u.id', 'u.displayName'])
      .where('r.projectId = :projectId', { projectId })
      .andWhere('r.reviewerId = :reviewerId', { reviewerId })
      .getOne();
  }

  /** The reviewers of the list already assigned to the project. */
  async findAssignedAmong(projectId: number, reviewerIds: number[], manager: EntityManager): Promise<number[]> {
    const rows = await manager.find(ProjectReviewEntity, {
      select: { reviewerId: true },
      where: { projectId, reviewerId: In(reviewerIds) },
    });
    return rows.map((r) => r.reviewerId);
  }

  async insertAssignments(
    rows: Array<Pick<ProjectReviewEntity, 'projectId' | 'reviewerId' | 'assignedBy' | 'assignedAt'>>,
    manager: EntityManager,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.insert(ProjectReviewEntity, rows);
  }

  /** Removes an assignment only while it has no scores; false when there is none or it was scored. */
  async deleteUnscored(projectId: number, reviewerId: number, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ProjectReviewEntity)
      .where('projectId = :projectId', { projectId })
      .andWhere('reviewerId = :reviewerId', { reviewerId })
      .andWhere('submittedAt IS NULL')
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Writes (or rewrites) a reviewer's scores; false when they are not assigned. */
  async saveScores(
    projectId: number,
    reviewerId: number,
    values: ReviewScores & { total: number; comment: string; submittedAt: Date },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager.update(ProjectReviewEntity, { projectId, reviewerId }, values);
    return (result.affected ?? 0) === 1;
  }

  /** A reviewer's queue, newest assignment first, with each project's card: page + count. */
  findPageForReviewer(params: {
    reviewerId: number;
    done?: boolean;
    offset: number;
    limit: number;
  }): Promise<[AssignmentRow[], number]> {
    const qb = this.em()
      .createQueryBuilder(ProjectReviewEntity, 'r')
      .innerJoinAndMapOne('r.project', ProjectEntity, 'p', 'p.id = r.projectId')
      .select(['r', ...PROJECT_SUMMARY_COLUMNS.map((c) => `p.${c}`)])
      .where('r.reviewerId = :reviewerId', { reviewerId: params.reviewerId });
    if (params.done === true) qb.andWhere('r.submittedAt IS NOT NULL');
    if (params.done === false) qb.andWhere('r.submittedAt IS NULL');
    return qb
      .orderBy('r.assignedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount() as Promise<[AssignmentRow[], number]>;
  }

  /** Average of each criterion over the submitted reviews of several projects, in one statement. */
  findCriterionAverages(projectIds: number[]): Promise<CriterionAverageRow[]> {
    if (projectIds.length === 0) return Promise.resolve([]);
    return this.em()
      .createQueryBuilder(ProjectReviewEntity, 'r')
      .select('r.projectId', 'projectId')
      .addSelect('AVG(r.innovation)', 'innovation')
      .addSelect('AVG(r.team)', 'team')
      .addSelect('AVG(r.market)', 'market')
      .addSelect('AVG(r.localFit)', 'localFit')
      .where('r.projectId IN (:...projectIds)', { projectIds })
      .andWhere('r.submittedAt IS NOT NULL')
      .groupBy('r.projectId')
      .getRawMany<CriterionAverageRow>();
  }

  /** The projects on which the reviewer has an assignment without scores. */
  async findUnscoredProjectIdsOf(reviewerId: number, manager: EntityManager): Promise<number[]> {
    const rows = await manager
      .createQueryBuilder(ProjectReviewEntity, 'r')
      .select('r.projectId', 'projectId')
      .where('r.reviewerId = :reviewerId', { reviewerId })
      .andWhere('r.submittedAt IS NULL')
      .orderBy('r.projectId', 'ASC')
      .getRawMany<{ projectId: number | string }>();
    return rows.map((r) => Number(r.projectId));
  }

  async deleteForProjects(projectIds: number[], manager: EntityManager): Promise<void> {
    if (projectIds.length === 0) return;
    await manager.delete(ProjectReviewEntity, { projectId: In(projectIds) });
  }

  /** Whether the user is assigned to review the project. */
  async isAssigned(projectId: number, reviewerId: number): Promise<boolean> {
    return (await this.em().count(ProjectReviewEntity, { where: { projectId, reviewerId } })) > 0;
  }
}
