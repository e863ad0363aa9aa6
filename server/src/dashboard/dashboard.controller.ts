import { Controller, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { API } from '@ihaigui/shared';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { DashboardExportQueryDto, DashboardQueryDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 数据看板: the matchmaking funnel, its breakdowns and platform activity for a period (and an event). */
@ApiTags('staff')
@ApiBearerAuth()
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Endpoint(API.dashboard.get)
  @Roles(...STAFF_ROLES)
  @ApiErrorResponses(400, 401, 403, 404)
  get(@Query() query: DashboardQueryDto) {
    return this.dashboard.get(query);
  }

  @Endpoint(API.dashboard.export)
  @Roles(...STAFF_ROLES)
  @ApiProduces(XLSX)
  @ApiErrorResponses(400, 401, 403, 404)
  async export(@CurrentUser() user: AuthUser, @Query() query: DashboardExportQueryDto, @Res() reply: FastifyReply) {
    const file = await this.dashboard.export(query, user.id);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.data);
  }
}
