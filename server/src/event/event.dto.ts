import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  addSlotSchema,
  attendeePageSchema,
  attendeeQuerySchema,
  checkInResultSchema,
  checkInSchema,
  eventDetailSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventPageSchema,
  idParamSchema,
  markInterestResultSchema,
  markInterestSchema,
  myEventPageSchema,
  myEventQuerySchema,
  myRegistrationSchema,
  reorderSlotsSchema,
  staffEventQuerySchema,
  updateEventSchema,
} from '@ihaigui/shared';

export class EventIdParamDto extends createZodDto(idParamSchema) {}
export class SlotParamDto extends createZodDto(idParamSchema.extend({ slotId: z.coerce.number().int().min(1).max(2_147_483_647) })) {}
export class EventListQueryDto extends createZodDto(eventListQuerySchema) {}
export class EventPageDto extends createZodDto(eventPageSchema) {}
export class EventDetailDto extends createZodDto(eventDetailSchema) {}
export class MyRegistrationDto extends createZodDto(myRegistrationSchema) {}
export class MyEventQueryDto extends createZodDto(myEventQuerySchema) {}
export class MyEventPageDto extends createZodDto(myEventPageSchema) {}
export class StaffEventQueryDto extends createZodDto(staffEventQuerySchema) {}
export class EventInputDto extends createZodDto(eventInputSchema) {}
export class UpdateEventDto extends createZodDto(updateEventSchema) {}
export class AttendeeQueryDto extends createZodDto(attendeeQuerySchema) {}
export class AttendeePageDto extends createZodDto(attendeePageSchema) {}
export class CheckInDto extends createZodDto(checkInSchema) {}
export class CheckInResultDto extends createZodDto(checkInResultSchema) {}
export class AddSlotDto extends createZodDto(addSlotSchema) {}
export class ReorderSlotsDto extends createZodDto(reorderSlotsSchema) {}
export class MarkInterestDto extends createZodDto(markInterestSchema) {}
export class MarkInterestResultDto extends createZodDto(markInterestResultSchema) {}
