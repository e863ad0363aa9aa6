import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { apiErrorSchema } from '@ihaigui/shared';

export class ApiErrorDto extends createZodDto(apiErrorSchema) {}

/** Documents the shared error shape for the statuses a route can answer with. */
export function ApiErrorResponses(...statuses: number[]) {
  return applyDecorators(
    ...[...statuses, 500].map((status) =>
      ApiResponse({ status, type: ApiErrorDto.Output, description: 'Error in the shared shape' }),
    ),
  );
}
