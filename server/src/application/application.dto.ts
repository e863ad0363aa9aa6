import { createZodDto } from 'nestjs-zod';
import {
  applicationListQuerySchema,
  applicationPageSchema,
  applicationSchema,
  applySchema,
  emptyBodySchema,
  idParamSchema,
  moveApplicationSchema,
} from '@ihaigui/shared';

export class ApplicationIdParamDto extends createZodDto(idParamSchema) {}
export class ApplyDto extends createZodDto(applySchema) {}
export class ApplicationDto extends createZodDto(applicationSchema) {}
export class ApplicationPageDto extends createZodDto(applicationPageSchema) {}
export class ApplicationListQueryDto extends createZodDto(applicationListQuerySchema) {}
export class MoveApplicationDto extends createZodDto(moveApplicationSchema) {}
export class ApplicationEmptyBodyDto extends createZodDto(emptyBodySchema) {}
