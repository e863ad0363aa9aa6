import { createZodDto } from 'nestjs-zod';
import {
  askConsultationSchema,
  askerReplySchema,
  assignConsultationSchema,
  calendarDateParamSchema,
  calendarDayInputSchema,
  calendarQuerySchema,
  categoryParamSchema,
  deskCategorySettingInputSchema,
  deskStatsQuerySchema,
  faqInputSchema,
  faqListQuerySchema,
  faqSuggestQuerySchema,
  idParamSchema,
  myConsultationQuerySchema,
  rateConsultationSchema,
  reopenConsultationSchema,
  resolveConsultationSchema,
  staffConsultationQuerySchema,
  staffReplySchema,
} from '@ihaigui/shared';

/* Request DTOs of the desk routes, each made from its route's own schema (responses: see the route contract). */

export class DeskIdParamDto extends createZodDto(idParamSchema) {}
export class AskConsultationDto extends createZodDto(askConsultationSchema) {}
export class MyConsultationQueryDto extends createZodDto(myConsultationQuerySchema) {}
export class AskerReplyDto extends createZodDto(askerReplySchema) {}
export class RateConsultationDto extends createZodDto(rateConsultationSchema) {}
export class ReopenConsultationDto extends createZodDto(reopenConsultationSchema) {}
export class StaffConsultationQueryDto extends createZodDto(staffConsultationQuerySchema) {}
export class StaffReplyDto extends createZodDto(staffReplySchema) {}
export class AssignConsultationDto extends createZodDto(assignConsultationSchema) {}
export class ResolveConsultationDto extends createZodDto(resolveConsultationSchema) {}
export class CategoryParamDto extends createZodDto(categoryParamSchema) {}
export class DeskCategorySettingInputDto extends createZodDto(deskCategorySettingInputSchema) {}
export class CalendarQueryDto extends createZodDto(calendarQuerySchema) {}
export class CalendarDateParamDto extends createZodDto(calendarDateParamSchema) {}
export class CalendarDayInputDto extends createZodDto(calendarDayInputSchema) {}
export class DeskStatsQueryDto extends createZodDto(deskStatsQuerySchema) {}
export class FaqInputDto extends createZodDto(faqInputSchema) {}
export class FaqListQueryDto extends createZodDto(faqListQuerySchema) {}
export class FaqSuggestQueryDto extends createZodDto(faqSuggestQuerySchema) {}
