import { Body, Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { API, auditLogQuerySchema, createStaffSchema } from '@ihaigui/shared';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { AdminService } from './admin.service';

class AuditLogQueryDto extends createZodDto(auditLogQuerySchema) {}
class CreateStaffDto extends createZodDto(createStaffSchema) {}

@ApiTags('admin')
@ApiBearerAuth()
@Controller()
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Endpoint(API.admin.auditLog)
  @Roles('admin')
  @ApiErrorResponses(400, 401, 403)
  auditLog(@Query() query: AuditLogQueryDto) {
    return this.admin.auditLog(query);
  }

  @Endpoint(API.admin.createStaff)
  @Roles('admin')
  @ApiErrorResponses(400, 401, 403, 409)
  createStaff(@CurrentUser() user: AuthUser, @Body() body: CreateStaffDto) {
    return this.admin.createStaff(user.id, body);
  }
}
