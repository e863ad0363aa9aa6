import { createZodDto } from 'nestjs-zod';
import {
  createOfflineIntentionSchema,
  idParamSchema,
  intentionDetailSchema,
  intentionListQuerySchema,
  intentionPageSchema,
  moveIntentionSchema,
  proposeToOrganizationSchema,
  proposeToTalentSchema,
  recordIntentionStepSchema,
  staffIntentionQuerySchema,
} from '@ihaigui/shared';

export class IntentionIdParamDto extends createZodDto(idParamSchema) {}
export class ProposeToTalentDto extends createZodDto(proposeToTalentSchema) {}
export class ProposeToOrganizationDto extends createZodDto(proposeToOrganizationSchema) {}
export class IntentionListQueryDto extends createZodDto(intentionListQuerySchema) {}
export class StaffIntentionQueryDto extends createZodDto(staffIntentionQuerySchema) {}
export class IntentionPageDto extends createZodDto(intentionPageSchema) {}
export class IntentionDetailDto extends createZodDto(intentionDetailSchema) {}
export class MoveIntentionDto extends createZodDto(moveIntentionSchema) {}
export class RecordIntentionStepDto extends createZodDto(recordIntentionStepSchema) {}
export class CreateOfflineIntentionDto extends createZodDto(createOfflineIntentionSchema) {}
