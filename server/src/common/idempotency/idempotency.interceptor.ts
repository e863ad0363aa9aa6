import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, lastValueFrom, mergeMap, type Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Route } from '@ihaigui/shared';
import type { AuthUser } from '../auth/auth-user';
import { ROUTE_CONTRACT_KEY } from '../contract/endpoint';
import { runInRequestTransaction, supportsRequestTransaction } from '../db/request-transaction';
import { acceptsIdempotencyKey, parseIdempotencyKey, requestHash } from './idempotency';
import { IdempotencyService } from './idempotency.service';

/**
 * `Idempotency-Key` on every create route (see acceptsIdempotencyKey): the first request with a key runs and its
 * answer is stored; a retry with the same key and the same path parameters and body gets that answer (same status,
 * same body) without running again; the same key with another request is 422 IDEMPOTENCY_KEY_REUSED. Keys belong
 * to the signed-in user; requests without a key, or without a user, run as usual.
 *
 * On MySQL/MariaDB the request runs in one transaction with the storing of its answer (runInRequestTransaction): a
 * create either commits together with its answer or leaves nothing behind, so no create answers an error for a row
 * that exists (a read after the commit that fails, a lost connection), and a retry after any failure either gets the
 * stored answer or runs the create for the first time — never a second time.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: IdempotencyService,
    private readonly dataSource: DataSource,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const route = this.reflector.get<Route | undefined>(ROUTE_CONTRACT_KEY, context.getHandler());
    if (context.getType() !== 'http' || !route || !acceptsIdempotencyKey(route)) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthUser }>();
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (!key || !request.user) return next.handle();

    const userId = request.user.id;
    const reply = http.getResponse<FastifyReply>();
    const claim = await this.keys.begin(userId, key, route.id, requestHash(request.params, request.body));
    if (!claim.claimed) {
      reply.status(claim.status).header('idempotent-replayed', 'true');
      return of(claim.body);
    }
    if (supportsRequestTransaction(this.dataSource)) {
      try {
        const body: unknown = await runInRequestTransaction<unknown>(
          this.dataSource,
          () => lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: undefined }),
          (manager, result) => this.keys.complete(userId, key, reply.statusCode, result, manager),
        );
        return of(body);
      } catch (err) {
        // Rolled back (or never committed): let go of the key so a retry runs the create.
        this.keys.releaseEventually(userId, key);
        throw err;
      }
    }
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        // The create is committed: failing to store its answer must not turn it into an error for the client.
        await this.keys.complete(userId, key, reply.statusCode, body).catch((err: Error) => {
          this.logger.warn({ err: { message: err.message }, routeId: route.id }, 'idempotent answer not stored');
        });
        return body;
      }),
      catchError((err: unknown) =>
        from(
          this.keys
            .release(userId, key)
            .catch(() => undefined)
            .then(() => {
              throw err;
            }),
        ),
      ),
    );
  }
}
