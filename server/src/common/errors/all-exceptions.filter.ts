import { type ArgumentsHost, Catch, type ExceptionFilter, Logger, Optional } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseAvailability } from '../db/availability';
import { buildErrorBody, classifyError } from './error-response';

/** Seconds before a retry is worth it when the database did not answer (when no availability tracker is given). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * Every failure leaves the server in the one shared shape; internals are logged, never sent. When the database does not
 * answer the client gets 503 DATABASE_UNAVAILABLE with `Retry-After`, and the outage is logged once, not per request.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Optional() private readonly database?: DatabaseAvailability) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(exception, request, reply, this.logger, this.database);
  }
}

export function sendError(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Pick<Logger, 'error'>,
  database?: DatabaseAvailability,
) {
  const classified = classifyError(exception);
  if (classified.databaseUnavailable) {
    database?.reportFailure(exception);
    void reply.header('retry-after', String(database?.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS));
  }
  if (classified.unexpected) {
    const err = exception instanceof Error ? exception : new Error(String(exception));
    logger.error(
      { reqId: request.id, err: { name: err.name, message: err.message, stack: err.stack } },
      'unhandled error',
    );
  }
  void reply
    .status(classified.statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .send(buildErrorBody(classified, request.id, request.headers['accept-language']));
}
