import { Injectable } from '@nestjs/common';
import type { ProjectRecord } from '@ihaigui/shared';
import { AppException } from '../common/errors/app.exception';
import { ProjectReviewRepository, type ReviewRow } from './project-review.repository';
import { toProjectRecord, toProjectReview } from './project.mapper';
import { ProjectRepository } from './project.repository';

/** Which reviews a record carries: all of them (staff), only the caller's own (a reviewer), or none (the owner). */
export type ReviewsShown = { all: true } | { ownOf: number } | null;

/** Builds the full record of one project (details, history, reviews) for those allowed to see it. */
@Injectable()
export class ProjectRecords {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly reviews: ProjectReviewRepository,
  ) {}

  async read(id: number, shown: { reviews: ReviewsShown; score: boolean }): Promise<ProjectRecord> {
    const row = await this.projects.findWithContext(id);
    if (!row) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
    const [history, reviews] = await Promise.all([this.projects.findHistory([id]), this.reviewsOf(id, shown.reviews)]);
    return toProjectRecord(row, {
      history,
      reviews: reviews ? reviews.map(toProjectReview) : null,
      showScore: shown.score,
    });
  }

  private async reviewsOf(id: number, shown: ReviewsShown): Promise<ReviewRow[] | null> {
    if (shown === null) return null;
    if ('all' in shown) return this.reviews.findForProject(id);
    const own = await this.reviews.findOne(id, shown.ownOf);
    return own ? [own] : [];
  }
}
