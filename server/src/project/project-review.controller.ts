import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import {
  AssignReviewersDto,
  ProjectIdParamDto,
  ProjectRecordDto,
  ProjectRecordPageDto,
  ProjectReviewDto,
  ProjectReviewerParamDto,
  RankingPageDto,
  RankingQueryDto,
  ReviewAssignmentPageDto,
  ReviewAssignmentQueryDto,
  ReviewerListDto,
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
@Controller('staff/projects')
export class StaffProjectController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Screening queue and other views (accepted, returned, rejected, shortlisted), optionally of one event' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ProjectRecordPageDto })
  list(@Query() query: StaffProjectQueryDto) {
    return this.reviews.listForStaff(query);
  }

  @Get('ranking')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Accepted projects by average expert score (unscored last), with per-criterion averages' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: RankingPageDto })
  ranking(@Query() query: RankingQueryDto) {
    return this.reviews.ranking(query);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'One project in any state with its details, history and every review' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ProjectRecordDto })
  read(@Param() params: ProjectIdParamDto) {
    return this.reviews.readForStaff(params.id);
  }

  @Post(':id/screen')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept, return for changes or reject a submitted project, with a reason the talent reads' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ status: 200, type: ProjectRecordDto })
  screen(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: ScreenProjectDto) {
    return this.reviews.screen(user.id, params.id, body);
  }

  @Post(':id/reviewers')
  @Roles(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign expert reviewers (reviewer, staff or admin accounts) to an accepted project' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  @ZodResponse({ status: 200, type: ProjectRecordDto })
  assign(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: AssignReviewersDto) {
    return this.reviews.assignReviewers(user.id, params.id, body.reviewerIds);
  }

  @Delete(':id/reviewers/:userId')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Take back an assignment that has no scores yet' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ProjectRecordDto })
  unassign(@CurrentUser() user: AuthUser, @Param() params: ProjectReviewerParamDto) {
    return this.reviews.removeReviewer(user.id, params.id, params.userId);
  }

  @Put(':id/shortlist')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Put an accepted project on the roadshow shortlist, or take it off' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ProjectRecordDto })
  shortlist(@CurrentUser() user: AuthUser, @Param() params: ProjectIdParamDto, @Body() body: ShortlistDto) {
    return this.reviews.shortlist(user.id, params.id, body.shortlisted);
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/reviewers')
export class StaffReviewerController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Accounts that can be assigned as expert reviewers (reviewers, staff, admins)' })
  @ApiErrorResponses(401, 403)
  @ZodResponse({ type: ReviewerListDto })
  list() {
    return this.reviews.reviewerAccounts();
  }
}

/** The expert reviewer's queue and scores (staff acting as experts use it too). */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewController {
  constructor(private readonly reviews: ProjectReviewService) {}

  @Get()
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiOperation({ summary: 'Projects assigned to me, newest first; ?done=false for those still to score' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: ReviewAssignmentPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ReviewAssignmentQueryDto) {
    return this.reviews.queue(user.id, query);
  }

  @Get(':projectId')
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiOperation({ summary: 'A project assigned to me, with its details and my own review' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: ProjectRecordDto })
  read(@CurrentUser() user: AuthUser, @Param() params: ReviewProjectParamDto) {
    return this.reviews.readForReviewer(user.id, params.projectId);
  }

  @Put(':projectId')
  @Roles('reviewer', ...STAFF_ROLES)
  @ApiOperation({ summary: 'Score a project on the published criteria (again to change the scores)' })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  @ZodResponse({ type: ProjectReviewDto })
  submit(@CurrentUser() user: AuthUser, @Param() params: ReviewProjectParamDto, @Body() body: SubmitReviewDto) {
    return this.reviews.submitReview(user.id, params.projectId, body);
  }
}
