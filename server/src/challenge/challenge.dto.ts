import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  challengeDetailSchema,
  challengeInputSchema,
  challengeListQuerySchema,
  challengePageSchema,
  challengeRecordPageSchema,
  challengeRecordSchema,
  challengeResponsePageSchema,
  challengeResponseSchema,
  idParamSchema,
  moveResponseSchema,
  orgChallengeQuerySchema,
  pageQuerySchema,
  respondChallengeSchema,
  responseStatusSchema,
  reviewChallengeSchema,
  staffChallengeQuerySchema,
  updateChallengeSchema,
} from '@ihaigui/shared';

export class ChallengeIdParamDto extends createZodDto(idParamSchema) {}
export class ChallengeResponseParamDto extends createZodDto(
  idParamSchema.extend({ responseId: z.coerce.number().int().min(1).max(2_147_483_647) }),
) {}
export class ChallengeListQueryDto extends createZodDto(challengeListQuerySchema) {}
export class ChallengePageDto extends createZodDto(challengePageSchema) {}
export class ChallengeDetailDto extends createZodDto(challengeDetailSchema) {}
export class ChallengeInputDto extends createZodDto(challengeInputSchema) {}
export class UpdateChallengeDto extends createZodDto(updateChallengeSchema) {}
export class ChallengeRecordDto extends createZodDto(challengeRecordSchema) {}
export class ChallengeRecordPageDto extends createZodDto(challengeRecordPageSchema) {}
export class OrgChallengeQueryDto extends createZodDto(orgChallengeQuerySchema) {}
export class StaffChallengeQueryDto extends createZodDto(staffChallengeQuerySchema) {}
export class ReviewChallengeDto extends createZodDto(reviewChallengeSchema) {}
export class RespondChallengeDto extends createZodDto(respondChallengeSchema) {}
export class ChallengeResponseDto extends createZodDto(challengeResponseSchema) {}
export class ChallengeResponsePageDto extends createZodDto(challengeResponsePageSchema) {}
export class ResponseListQueryDto extends createZodDto(pageQuerySchema.extend({ status: responseStatusSchema.optional() })) {}
export class MyResponsesQueryDto extends createZodDto(pageQuerySchema) {}
export class MoveResponseDto extends createZodDto(moveResponseSchema) {}
