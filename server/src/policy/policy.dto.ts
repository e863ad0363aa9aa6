import { createZodDto } from 'nestjs-zod';
import {
  favoriteStateSchema,
  idParamSchema,
  importQuerySchema,
  importReportSchema,
  matchAnswersSchema,
  matchResultSchema,
  pageQuerySchema,
  policyAttachmentParamSchema,
  policyDetailSchema,
  policyInputSchema,
  policyListQuerySchema,
  policyPageSchema,
  policyRecordPageSchema,
  policyRecordSchema,
  staffPolicyQuerySchema,
  updatePolicySchema,
} from '@ihaigui/shared';

export class PolicyIdParamDto extends createZodDto(idParamSchema) {}
export class AttachmentParamDto extends createZodDto(policyAttachmentParamSchema) {}
export class PolicyListQueryDto extends createZodDto(policyListQuerySchema) {}
export class PolicyPageDto extends createZodDto(policyPageSchema) {}
export class PolicyDetailDto extends createZodDto(policyDetailSchema) {}
export class MatchAnswersDto extends createZodDto(matchAnswersSchema) {}
export class MatchResultDto extends createZodDto(matchResultSchema) {}
export class FavoriteStateDto extends createZodDto(favoriteStateSchema) {}
export class FavoritesQueryDto extends createZodDto(pageQuerySchema) {}
export class StaffPolicyQueryDto extends createZodDto(staffPolicyQuerySchema) {}
export class PolicyRecordDto extends createZodDto(policyRecordSchema) {}
export class PolicyRecordPageDto extends createZodDto(policyRecordPageSchema) {}
export class PolicyInputDto extends createZodDto(policyInputSchema) {}
export class UpdatePolicyDto extends createZodDto(updatePolicySchema) {}
export class ImportQueryDto extends createZodDto(importQuerySchema) {}
export class ImportReportDto extends createZodDto(importReportSchema) {}
