import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildErrorBody, classifyError } from './error-response';

/** Every failure leaves the server in the one shared shape; internals are logged, never sent. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(exception, request, reply, this.logger);
  }
}

export function sendError(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Pick<Logger, 'error'>,
) {
  const classified = classifyError(exception);
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
