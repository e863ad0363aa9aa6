import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { FastifyReply } from 'fastify';
import { healthCheckSchema } from '@ihaigui/shared';
import { Public } from '../common/auth/access.decorators';
import { HealthService } from './health.service';

class HealthCheckDto extends createZodDto(healthCheckSchema) {}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiResponse({ status: 200, type: HealthCheckDto.Output })
  live() {
    return this.health.live();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database (and Redis when configured) answer; 503 otherwise' })
  @ApiResponse({ status: 200, type: HealthCheckDto.Output })
  @ApiResponse({ status: 503, type: HealthCheckDto.Output })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.health.ready();
    if (result.status !== 'ok') reply.status(503);
    return result;
  }
}
