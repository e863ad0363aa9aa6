import { createZodDto } from 'nestjs-zod';
import {
  createOfflineIntentionSchema,
  idParamSchema,
  intentionListQuerySchema,
  moveIntentionSchema,
  proposeToOrganizationSchema,
  proposeToTalentSchema,
  recordIntentionStepSchema,
  staffIntentionQuerySchema,
} from '@ihaigui/shared';

/* Request DTOs of the intention routes, each made from its route's own schema (responses: see the route contract). */

export class IntentionIdParamDto extends createZodDto(idParamSchema) {}
export class ProposeToTalentDto extends createZodDto(proposeToTalentSchema) {}
export class ProposeToOrganizationDto extends createZodDto(proposeToOrganizationSchema) {}
export class IntentionListQueryDto extends createZodDto(intentionListQuerySchema) {}
export class StaffIntentionQueryDto extends createZodDto(staffIntentionQuerySchema) {}
export class MoveIntentionDto extends createZodDto(moveIntentionSchema) {}
export class RecordIntentionStepDto extends createZodDto(recordIntentionStepSchema) {}
export class CreateOfflineIntentionDto extends createZodDto(createOfflineIntentionSchema) {}
