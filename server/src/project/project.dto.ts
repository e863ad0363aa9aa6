import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  assignReviewersSchema,
  idParamSchema,
  pageQuerySchema,
  projectDetailSchema,
  projectInputSchema,
  projectListQuerySchema,
  projectPageSchema,
  projectRecordPageSchema,
  projectRecordSchema,
  projectReviewSchema,
  rankingPageSchema,
  reviewAssignmentPageSchema,
  reviewAssignmentQuerySchema,
  reviewerListSchema,
  screenProjectSchema,
  shortlistSchema,
  staffProjectQuerySchema,
  submitReviewSchema,
  talentCardPageSchema,
  talentListQuerySchema,
  updateProjectSchema,
} from '@ihaigui/shared';

const idValue = idParamSchema.shape.id;

export class ProjectIdParamDto extends createZodDto(idParamSchema) {}
export class ReviewProjectParamDto extends createZodDto(z.object({ projectId: idValue })) {}
export class ProjectReviewerParamDto extends createZodDto(z.object({ id: idValue, userId: idValue })) {}
export class ProjectInputDto extends createZodDto(projectInputSchema) {}
export class UpdateProjectDto extends createZodDto(updateProjectSchema) {}
export class ProjectRecordDto extends createZodDto(projectRecordSchema) {}
export class ProjectRecordPageDto extends createZodDto(projectRecordPageSchema) {}
export class MyProjectQueryDto extends createZodDto(pageQuerySchema) {}
export class ProjectListQueryDto extends createZodDto(projectListQuerySchema) {}
export class ProjectPageDto extends createZodDto(projectPageSchema) {}
export class ProjectDetailDto extends createZodDto(projectDetailSchema) {}
export class StaffProjectQueryDto extends createZodDto(staffProjectQuerySchema) {}
export class RankingQueryDto extends createZodDto(staffProjectQuerySchema.omit({ view: true })) {}
export class RankingPageDto extends createZodDto(rankingPageSchema) {}
export class ScreenProjectDto extends createZodDto(screenProjectSchema) {}
export class AssignReviewersDto extends createZodDto(assignReviewersSchema) {}
export class ShortlistDto extends createZodDto(shortlistSchema) {}
export class ReviewerListDto extends createZodDto(reviewerListSchema) {}
export class ReviewAssignmentQueryDto extends createZodDto(reviewAssignmentQuerySchema) {}
export class ReviewAssignmentPageDto extends createZodDto(reviewAssignmentPageSchema) {}
export class SubmitReviewDto extends createZodDto(submitReviewSchema) {}
export class ProjectReviewDto extends createZodDto(projectReviewSchema) {}
export class TalentListQueryDto extends createZodDto(talentListQuerySchema) {}
export class TalentCardPageDto extends createZodDto(talentCardPageSchema) {}
