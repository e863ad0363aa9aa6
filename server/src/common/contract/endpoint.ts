import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put, SetMetadata } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { z } from 'zod';
import { successStatus, type HttpMethod, type Route } from '@ihaigui/shared';
import { Public } from '../auth/access.decorators';
import { ApiErrorDto } from '../errors/api-error.decorator';
import { acceptsIdempotencyKey } from '../idempotency/idempotency';

/** Metadata key under which a controller method keeps the contract route it serves. */
export const ROUTE_CONTRACT_KEY = 'ihaigui:route';

const METHOD_DECORATORS: Record<HttpMethod, (path: string) => MethodDecorator> = {
  GET: Get,
  POST: Post,
  PUT: Put,
  PATCH: Patch,
  DELETE: Delete,
};

/** One response DTO class per schema, named after the first route that answers with it (OpenAPI component names). */
type ResponseDto = ReturnType<typeof createZodDto<z.ZodObject>>;
const responseDtos = new WeakMap<z.ZodType, ResponseDto>();

function responseDto(schema: z.ZodType, routeId: string): ResponseDto {
  let dto = responseDtos.get(schema);
  if (!dto) {
    // Responses are objects; the cast only narrows the type for createZodDto's signature.
    dto = createZodDto(schema as z.ZodObject);
    const name = routeId.replace(/(^|[.-])(\w)/g, (_, __, c: string) => c.toUpperCase());
    Object.defineProperty(dto, 'name', { value: `${name}Response` });
    responseDtos.set(schema, dto);
  }
  return dto;
}

/**
 * Documents the `Idempotency-Key` header of a create route (the IdempotencyInterceptor honours it on every route
 * `@Endpoint` binds to a create).
 */
export const IdempotencyKeyHeader = () =>
  applyDecorators(
    ApiResponse({
      status: 409,
      type: ApiErrorDto.Output,
      description: 'IDEMPOTENCY_KEY_IN_USE: the first request with this key is still running; retry later',
    }),
    ApiResponse({
      status: 422,
      type: ApiErrorDto.Output,
      description: 'IDEMPOTENCY_KEY_REUSED: the key was first used for another request',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Up to 64 letters, digits, _ . : or - (e.g. a UUID per tap). A retry with the same key and the same request ' +
        'gets the first answer (same status and body) without creating again; the same key with another request ' +
        'is 422 IDEMPOTENCY_KEY_REUSED. Keys belong to the signed-in user.',
    }),
  );

/**
 * Binds a controller method to its declaration in the shared route contract: HTTP method and path, success status,
 * the response schema (checked on the way out and documented), the summary, and public access when the contract says
 * so. Roles of non-public routes stay on the method (`@Roles`, `@VerifiedOrganization`…). Controllers using it are
 * declared with `@Controller()` (no prefix): the contract's path is the whole path below /api/v1.
 */
export function Endpoint(route: Route): MethodDecorator {
  const status = successStatus(route);
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    SetMetadata(ROUTE_CONTRACT_KEY, route),
    METHOD_DECORATORS[route.method](route.path),
    ApiOperation({ summary: route.summary, operationId: route.id }),
  ];
  if (route.public) decorators.push(Public());
  if (acceptsIdempotencyKey(route)) decorators.push(IdempotencyKeyHeader());
  if (route.response === 'noContent' || route.response === 'file') {
    decorators.push(HttpCode(status));
    if (route.response === 'file') decorators.push(ApiProduces('application/octet-stream'));
  } else {
    decorators.push(ZodResponse({ status, type: responseDto(route.response, route.id) }));
  }
  return applyDecorators(...decorators);
}
