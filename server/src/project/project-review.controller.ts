import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  AssignReviewersDto,
  ProjectIdParamDto,
  ProjectReviewerParamDto,
  RankingQueryDto,
  ReviewAssignmentQueryDto,
  ReviewProjectParamDto,
  ScreenProjectDto,
  ShortlistDto,
  StaffProjectQueryDto,
  SubmitReviewDto,
} from './project.dto';
import { ProjectReviewService } from './project-review.service';

/** Screening, expert reviewers, the ranking and the roadshow shortlist. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffProjectController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Endpoint(API.reviews.staffList)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: StaffProjectQueryDto) {
    return this.reviews.listForStaff(query);
  }

  @Endpoint(API.reviews.ranking)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  ranking(@Query() query: RankingQueryDto) {
    return this.reviews.ranking(query);
  }

  @Endpoint(API.reviews.staffDetail)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  read(@Param() params: ProjectIdParamDto) {
    return this.reviews.readForStaff(params.id);
  }

  @Endpoint(API.reviews.screen)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  screen(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: ScreenProjectDto) {
    return this.reviews.screen(user.id, params.id, body);
  }

  @Endpoint(API.reviews.assignReviewers)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  assign(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: AssignReviewersDto) {
    return this.reviews.assignReviewers(user.id, params.id, body.reviewerIds);
  }

  @Endpoint(API.reviews.removeReviewer)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  unassign(@CurrentUser() user: AuthUser, @Param() params: ProjectReviewerParamDto) {
    return this.reviews.removeReviewer(user.id, params.id, params.userId);
  }

  @Endpoint(API.reviews.shortlist)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  shortlist(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: ShortlistDto) {
    return this.reviews.shortlist(user.id, params.id, body.shortlisted);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class StaffReviewerController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Endpoint(API.reviews.reviewers)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(401, 403)
  list() {
    return this.reviews.reviewerAccounts();
  }
}

/** The expert reviewer's queue and scores (staff acting as experts use it too). */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Endpoint(API.reviews.queue)
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: ReviewAssignmentQueryDto) {
    return this.reviews.queue(user.id, query);
  }

  @Endpoint(API.reviews.detail)
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  read(@CurrentUser() user: AuthUser, @Param() params: ReviewProjectParamDto) {
    return this.reviews.readForReviewer(user.id, params.projectId);
  }

  @Endpoint(API.reviews.submit)
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404, 409)
  submit(@CurrentUser() user: AuthUser, @Param() params: ReviewProjectParamDto, @Body() body: SubmitReviewDto) {
    return this.reviews.submitReview(user.id, params.projectId, body);
  }
}
