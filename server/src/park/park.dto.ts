import { createZodDto } from 'nestjs-zod';
import {
  bookingListQuerySchema,
  bookVisitSchema,
  createVisitSlotSchema,
  emptyBodySchema,
  idParamSchema,
  parkInputObject,
  parkListQuerySchema,
  respondBookingSchema,
  updateParkSchema,
} from '@ihaigui/shared';

/* Request DTOs of the park routes, each made from its route's own schema (responses: see the route contract). */

export class ParkIdParamDto extends createZodDto(idParamSchema) {}
export class BookingIdParamDto extends createZodDto(idParamSchema) {}
export class ParkListQueryDto extends createZodDto(parkListQuerySchema) {}
export class CreateParkDto extends createZodDto(parkInputObject) {}
export class UpdateParkDto extends createZodDto(updateParkSchema) {}
export class CreateVisitSlotDto extends createZodDto(createVisitSlotSchema) {}
export class BookVisitDto extends createZodDto(bookVisitSchema) {}
export class BookingListQueryDto extends createZodDto(bookingListQuerySchema) {}
export class RespondBookingDto extends createZodDto(respondBookingSchema) {}
export class CancelBookingDto extends createZodDto(emptyBodySchema) {}
