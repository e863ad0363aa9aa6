import { Controller, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { FastifyReply } from 'fastify';
import { API, healthCheckSchema } from '@ihaigui/shared';
import { Endpoint } from '../common/contract/endpoint';
import { HealthService } from './health.service';

class HealthCheckDto extends createZodDto(healthCheckSchema) {}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Endpoint(API.health.live)
  live() {
    return this.health.live();
  }

  @Endpoint(API.health.ready)
  @ApiResponse({ status: 503, type: HealthCheckDto.Output })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.health.ready();
    if (result.status !== 'ok') reply.status(503);
    return result;
  }
}
