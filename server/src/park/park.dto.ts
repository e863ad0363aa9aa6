import { createZodDto } from 'nestjs-zod';
import {
  bookingListQuerySchema,
  bookVisitSchema,
  createVisitSlotSchema,
  emptyBodySchema,
  idParamSchema,
  parkDetailSchema,
  parkInputObject,
  parkListQuerySchema,
  parkPageSchema,
  respondBookingSchema,
  updateParkSchema,
  visitBookingPageSchema,
  visitBookingSchema,
  visitSlotSchema,
} from '@ihaigui/shared';

export class ParkIdParamDto extends createZodDto(idParamSchema) {}
export class BookingIdParamDto extends createZodDto(idParamSchema) {}
export class ParkListQueryDto extends createZodDto(parkListQuerySchema) {}
export class ParkPageDto extends createZodDto(parkPageSchema) {}
export class ParkDetailDto extends createZodDto(parkDetailSchema) {}
export class CreateParkDto extends createZodDto(parkInputObject) {}
export class UpdateParkDto extends createZodDto(updateParkSchema) {}
export class CreateVisitSlotDto extends createZodDto(createVisitSlotSchema) {}
export class VisitSlotDto extends createZodDto(visitSlotSchema) {}
export class BookVisitDto extends createZodDto(bookVisitSchema) {}
export class VisitBookingDto extends createZodDto(visitBookingSchema) {}
export class VisitBookingPageDto extends createZodDto(visitBookingPageSchema) {}
export class BookingListQueryDto extends createZodDto(bookingListQuerySchema) {}
export class RespondBookingDto extends createZodDto(respondBookingSchema) {}
export class CancelBookingDto extends createZodDto(emptyBodySchema) {}
