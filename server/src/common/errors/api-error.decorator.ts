import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { apiErrorSchema } from '@ihaigui/shared';

export class ApiErrorDto extends createZodDto(apiErrorSchema) {}

/**
 * Documents the shared error shape for the statuses a route can answer with; 500 and 503 (DATABASE_UNAVAILABLE, with
 * Retry-After, while the database does not answer) on every route. Create routes add 409 and 422 for their
 * Idempotency-Key themselves (see Endpoint).
 */
export function ApiErrorResponses(...statuses: number[]) {
  return applyDecorators(
    ...[...new Set([...statuses, 500, 503])].map((status) =>
      ApiResponse({ status, type: ApiErrorDto.Output, description: 'Error in the shared shape' }),
    ),
  );
}
