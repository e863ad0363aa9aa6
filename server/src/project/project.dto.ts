import { createZodDto } from 'nestjs-zod';
import {
  assignReviewersSchema,
  emptyBodySchema,
  idParamSchema,
  pageQuerySchema,
  projectInputSchema,
  projectListQuerySchema,
  projectReviewerParamSchema,
  rankingQuerySchema,
  reviewAssignmentQuerySchema,
  reviewProjectParamSchema,
  screenProjectSchema,
  shortlistSchema,
  staffProjectQuerySchema,
  submitReviewSchema,
  talentListQuerySchema,
  updateProjectSchema,
} from '@ihaigui/shared';

export class ProjectIdParamDto extends createZodDto(idParamSchema) {}
export class ReviewProjectParamDto extends createZodDto(reviewProjectParamSchema) {}
export class ProjectReviewerParamDto extends createZodDto(projectReviewerParamSchema) {}
export class ProjectInputDto extends createZodDto(projectInputSchema) {}
export class UpdateProjectDto extends createZodDto(updateProjectSchema) {}
export class MyProjectQueryDto extends createZodDto(pageQuerySchema) {}
export class ProjectListQueryDto extends createZodDto(projectListQuerySchema) {}
export class StaffProjectQueryDto extends createZodDto(staffProjectQuerySchema) {}
export class RankingQueryDto extends createZodDto(rankingQuerySchema) {}
export class ScreenProjectDto extends createZodDto(screenProjectSchema) {}
export class AssignReviewersDto extends createZodDto(assignReviewersSchema) {}
export class ShortlistDto extends createZodDto(shortlistSchema) {}
export class ReviewAssignmentQueryDto extends createZodDto(reviewAssignmentQuerySchema) {}
export class SubmitReviewDto extends createZodDto(submitReviewSchema) {}
export class TalentListQueryDto extends createZodDto(talentListQuerySchema) {}
export class ProjectEmptyBodyDto extends createZodDto(emptyBodySchema) {}
