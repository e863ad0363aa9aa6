import { createZodDto } from 'nestjs-zod';
import {
  addSlotSchema,
  attendeeQuerySchema,
  checkInSchema,
  emptyBodySchema,
  eventInputSchema,
  eventListQuerySchema,
  idParamSchema,
  markInterestSchema,
  myEventQuerySchema,
  reorderSlotsSchema,
  slotParamSchema,
  staffEventQuerySchema,
  updateEventSchema,
} from '@ihaigui/shared';

export class EventIdParamDto extends createZodDto(idParamSchema) {}
export class SlotParamDto extends createZodDto(slotParamSchema) {}
export class EventListQueryDto extends createZodDto(eventListQuerySchema) {}
export class MyEventQueryDto extends createZodDto(myEventQuerySchema) {}
export class StaffEventQueryDto extends createZodDto(staffEventQuerySchema) {}
export class EventInputDto extends createZodDto(eventInputSchema) {}
export class UpdateEventDto extends createZodDto(updateEventSchema) {}
export class AttendeeQueryDto extends createZodDto(attendeeQuerySchema) {}
export class CheckInDto extends createZodDto(checkInSchema) {}
export class AddSlotDto extends createZodDto(addSlotSchema) {}
export class ReorderSlotsDto extends createZodDto(reorderSlotsSchema) {}
export class MarkInterestDto extends createZodDto(markInterestSchema) {}
export class EventEmptyBodyDto extends createZodDto(emptyBodySchema) {}
