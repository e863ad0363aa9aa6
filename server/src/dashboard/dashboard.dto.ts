import { createZodDto } from 'nestjs-zod';
import { dashboardExportQuerySchema, dashboardQuerySchema, dashboardSchema } from '@ihaigui/shared';

export class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
export class DashboardDto extends createZodDto(dashboardSchema) {}
export class DashboardExportQueryDto extends createZodDto(dashboardExportQuerySchema) {}
