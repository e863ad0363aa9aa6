import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles, STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { DashboardDto, DashboardExportQueryDto, DashboardQueryDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 数据看板: the matchmaking funnel, its breakdowns and platform activity for a period (and an event). */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Funnel, breakdowns and activity over local days [from, to], optionally for one event' })
  @ApiErrorResponses(400, 401, 403, 404)
  @ZodResponse({ type: DashboardDto })
  get(@Query() query: DashboardQueryDto) {
    return this.dashboard.get(query);
  }

  @Get('export')
  @Roles(...STAFF_ROLES)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'One table of the dashboard as an Excel file, headers and labels in the chosen language' })
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
