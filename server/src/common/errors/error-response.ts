import { HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { type ApiError, type Bilingual, type ErrorCode, errorMessage, pickLabel, resolveLocale } from '@ihaigui/shared';
import { isDatabaseUnavailable } from '../db/availability';
import { AppException } from './app.exception';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  validation?: unknown;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  // A body that is not valid JSON is bad input like any other.
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export interface ClassifiedError {
  statusCode: number;
  code: ErrorCode;
  issues?: ApiError['issues'];
  report?: ApiError['report'];
  reason?: Bilingual;
  /** True when the failure is ours (5xx): it is logged with its stack. */
  unexpected: boolean;
  /** The database did not answer: worth retrying shortly, and logged once per outage rather than per request. */
  databaseUnavailable?: boolean;
}

function zodIssues(error: ZodError): ApiError['issues'] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Maps anything thrown — ours, Nest's, Fastify's or a plain bug — onto a status and a stable code. */
export function classifyError(err: unknown): ClassifiedError {
  if (err instanceof AppException) {
    return {
      statusCode: err.statusCode,
      code: err.code,
      issues: err.extra?.issues,
      report: err.extra?.report,
      reason: err.extra?.reason,
      unexpected: err.statusCode >= 500,
    };
  }
  if (err instanceof ZodValidationException) {
    const zodError = err.getZodError();
    return {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      issues: zodError instanceof ZodError ? zodIssues(zodError) : undefined,
      unexpected: false,
    };
  }
  if (err instanceof ZodError)
    return { statusCode: 400, code: 'VALIDATION_FAILED', issues: zodIssues(err), unexpected: false };
  if (err instanceof HttpException) {
    const status = err.getStatus();
    return {
      statusCode: status,
      code: STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'),
      unexpected: status >= 500,
    };
  }
  const fastifyError = err as FastifyLikeError | null;
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Malformed JSON, empty bodies, content types we do not parse, bodies over the limit.
    return { statusCode: status, code: STATUS_CODES[status] ?? 'BAD_REQUEST', unexpected: false };
  }
  if (isDatabaseUnavailable(err)) {
    return { statusCode: 503, code: 'DATABASE_UNAVAILABLE', unexpected: false, databaseUnavailable: true };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', unexpected: true };
}

export function buildErrorBody(
  classified: ClassifiedError,
  requestId: string,
  acceptLanguage: string | string[] | undefined,
): ApiError {
  const locale = resolveLocale(Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage);
  const body: ApiError = {
    statusCode: classified.statusCode,
    code: classified.code,
    message: errorMessage(classified.code, locale),
    requestId,
  };
  if (classified.issues?.length) body.issues = classified.issues;
  if (classified.report) body.report = classified.report;
  if (classified.reason) body.reason = pickLabel(classified.reason, locale);
  return body;
}
