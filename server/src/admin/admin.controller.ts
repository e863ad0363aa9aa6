import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { auditLogPageSchema, auditLogQuerySchema, createStaffSchema, staffAccountSchema } from '@ihaigui/shared';
import { CurrentUser, Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { AdminService } from './admin.service';

class AuditLogQueryDto extends createZodDto(auditLogQuerySchema) {}
class AuditLogPageDto extends createZodDto(auditLogPageSchema) {}
class CreateStaffDto extends createZodDto(createStaffSchema) {}
class StaffAccountDto extends createZodDto(staffAccountSchema) {}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Get('audit-log')
  @Roles('admin')
  @ApiOperation({ summary: 'Every recorded state change, newest first' })
  @ApiErrorResponses(400, 401, 403)
  @ZodResponse({ type: AuditLogPageDto })
  auditLog(@Query() query: AuditLogQueryDto) {
    return this.admin.auditLog(query);
  }

  @Post('staff')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a staff or admin account' })
  @ApiErrorResponses(400, 401, 403, 409)
  @ZodResponse({ status: 201, type: StaffAccountDto })
  createStaff(@CurrentUser() user: AuthUser, @Body() body: CreateStaffDto) {
    return this.admin.createStaff(user.id, body);
  }
}
