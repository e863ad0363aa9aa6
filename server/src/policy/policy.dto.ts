import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  favoriteStateSchema,
  importQuerySchema,
  importReportSchema,
  matchAnswersSchema,
  matchResultSchema,
  pageQuerySchema,
  policyDetailSchema,
  policyInputSchema,
  policyListQuerySchema,
  policyPageSchema,
  policyRecordPageSchema,
  policyRecordSchema,
  staffPolicyQuerySchema,
  updatePolicySchema,
} from '@ihaigui/shared';

const id = z.coerce.number().int().min(1).max(2_147_483_647);

export class PolicyIdParamDto extends createZodDto(z.object({ id })) {}
export class AttachmentParamDto extends createZodDto(z.object({ id, attachmentId: id })) {}
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
