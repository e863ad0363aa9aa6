import { createZodDto } from 'nestjs-zod';
import {
  closePositionSchema,
  extendPositionSchema,
  idParamSchema,
  orgPositionQuerySchema,
  pageQuerySchema,
  positionDetailQuerySchema,
  positionInputSchema,
  positionListQuerySchema,
  reviewPositionSchema,
  shareQuerySchema,
  staffPositionQuerySchema,
  updatePositionSchema,
} from '@ihaigui/shared';

/* Request DTOs of the position routes, each made from its route's own schema (responses: see the route contract). */

export class PositionIdParamDto extends createZodDto(idParamSchema) {}
export class PositionListQueryDto extends createZodDto(positionListQuerySchema) {}
export class PositionDetailQueryDto extends createZodDto(positionDetailQuerySchema) {}
export class PositionFavoritesQueryDto extends createZodDto(pageQuerySchema) {}
export class PositionInputDto extends createZodDto(positionInputSchema) {}
export class UpdatePositionDto extends createZodDto(updatePositionSchema) {}
export class OrgPositionQueryDto extends createZodDto(orgPositionQuerySchema) {}
export class ClosePositionDto extends createZodDto(closePositionSchema) {}
export class ExtendPositionDto extends createZodDto(extendPositionSchema) {}
export class ShareQueryDto extends createZodDto(shareQuerySchema) {}
export class StaffPositionQueryDto extends createZodDto(staffPositionQuerySchema) {}
export class ReviewPositionDto extends createZodDto(reviewPositionSchema) {}
