import { createZodDto } from 'nestjs-zod';
import {
  announcementDetailSchema,
  announcementIdParamSchema,
  announcementListQuerySchema,
  announcementPageSchema,
} from '@ihaigui/shared';

export class AnnouncementListQueryDto extends createZodDto(announcementListQuerySchema) {}
export class AnnouncementIdParamDto extends createZodDto(announcementIdParamSchema) {}
export class AnnouncementPageDto extends createZodDto(announcementPageSchema) {}
export class AnnouncementDetailDto extends createZodDto(announcementDetailSchema) {}
