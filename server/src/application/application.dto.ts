import { createZodDto } from 'nestjs-zod';
import {
  applicationListQuerySchema,
  applySchema,
  emptyBodySchema,
  idParamSchema,
  moveApplicationSchema,
} from '@ihaigui/shared';

/* Request DTOs of the application routes, each made from its route's own schema (responses: see the route contract). */

export class ApplicationIdParamDto extends createZodDto(idParamSchema) {}
export class ApplyDto extends createZodDto(applySchema) {}
export class ApplicationListQueryDto extends createZodDto(applicationListQuerySchema) {}
export class MoveApplicationDto extends createZodDto(moveApplicationSchema) {}
export class ApplicationEmptyBodyDto extends createZodDto(emptyBodySchema) {}
