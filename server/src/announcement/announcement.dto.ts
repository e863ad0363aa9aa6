import { createZodDto } from 'nestjs-zod';
import {
  announcementDetailSchema,
  announcementIdParamSchema,
  announcementListQuerySchema,
  announcementPageSchema,
  announcementRecordPageSchema,
  announcementRecordSchema,
  createAnnouncementSchema,
  emptyBodySchema,
  pinAnnouncementSchema,
  publishAnnouncementSchema,
  staffAnnouncementQuerySchema,
  updateAnnouncementSchema,
} from '@ihaigui/shared';

export class AnnouncementListQueryDto extends createZodDto(announcementListQuerySchema) {}
export class AnnouncementIdParamDto extends createZodDto(announcementIdParamSchema) {}
export class AnnouncementPageDto extends createZodDto(announcementPageSchema) {}
export class AnnouncementDetailDto extends createZodDto(announcementDetailSchema) {}
export class StaffAnnouncementQueryDto extends createZodDto(staffAnnouncementQuerySchema) {}
export class AnnouncementRecordDto extends createZodDto(announcementRecordSchema) {}
export class AnnouncementRecordPageDto extends createZodDto(announcementRecordPageSchema) {}
export class CreateAnnouncementDto extends createZodDto(createAnnouncementSchema) {}
export class UpdateAnnouncementDto extends createZodDto(updateAnnouncementSchema) {}
export class PublishAnnouncementDto extends createZodDto(publishAnnouncementSchema) {}
export class PinAnnouncementDto extends createZodDto(pinAnnouncementSchema) {}
export class EmptyBodyDto extends createZodDto(emptyBodySchema) {}
