import { createZodDto } from 'nestjs-zod';
import {
  challengeInputSchema,
  challengeListQuerySchema,
  challengeResponseParamSchema,
  emptyBodySchema,
  idParamSchema,
  moveResponseSchema,
  orgChallengeQuerySchema,
  pageQuerySchema,
  respondChallengeSchema,
  responseListQuerySchema,
  reviewChallengeSchema,
  staffChallengeQuerySchema,
  updateChallengeSchema,
} from '@ihaigui/shared';

export class ChallengeIdParamDto extends createZodDto(idParamSchema) {}
export class ChallengeResponseParamDto extends createZodDto(challengeResponseParamSchema) {}
export class ChallengeListQueryDto extends createZodDto(challengeListQuerySchema) {}
export class ChallengeInputDto extends createZodDto(challengeInputSchema) {}
export class UpdateChallengeDto extends createZodDto(updateChallengeSchema) {}
export class OrgChallengeQueryDto extends createZodDto(orgChallengeQuerySchema) {}
export class StaffChallengeQueryDto extends createZodDto(staffChallengeQuerySchema) {}
export class ReviewChallengeDto extends createZodDto(reviewChallengeSchema) {}
export class RespondChallengeDto extends createZodDto(respondChallengeSchema) {}
export class ResponseListQueryDto extends createZodDto(responseListQuerySchema) {}
export class MyResponsesQueryDto extends createZodDto(pageQuerySchema) {}
export class MoveResponseDto extends createZodDto(moveResponseSchema) {}
export class ChallengeEmptyBodyDto extends createZodDto(emptyBodySchema) {}
