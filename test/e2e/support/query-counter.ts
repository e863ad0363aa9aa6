import { type CallHandler, type ExecutionContext, Injectable, Module, type NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** Whether the request being measured has reached its route handler (the access guard let it in). */
const phase = { inHandler: false };

@Injectable()
class HandlerPhaseInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): ReturnType<CallHandler['handle']> {
    phase.inHandler = true;
    return next.handle();
  }
}

/**
 * Mount with `startTestApp(dialect, { extraModules: [QueryCounterModule] })` so the counter can tell the route's
 * own statements from the access guard's (who the caller is, consent, organisation), which every route pays alike.
 */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: HandlerPhaseInterceptor }] })
export class QueryCounterModule {}

export interface StatementCount {
  /** Every statement the request sent, the access check included. */
  total: number;
  /** The statements the route handler sent (needs QueryCounterModule). */
  handler: number;
  statements: string[];
}

/**
 * Counts the SQL statements the app sends to the database while `fn` runs (every query runner of the app's
 * DataSource reports each statement to its logger before running it). Run one request at a time: the handler
 * phase starts when the request's handler is reached and lasts until `fn` resolves.
 */
export async function countStatements(t: TestApp, fn: () => Promise<unknown>): Promise<StatementCount> {
  const logger = t.app.get(DataSource).logger;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the logger as `this` below, and put back
  const original = logger.logQuery;
  const seen: Array<{ sql: string; inHandler: boolean }> = [];
  phase.inHandler = false;
  logger.logQuery = function (this: typeof logger, query, parameters, runner) {
    seen.push({ sql: query, inHandler: phase.inHandler });
    return original.call(this, query, parameters, runner);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
    phase.inHandler = false;
  }
  return { total: seen.length, handler: seen.filter((s) => s.inHandler).length, statements: seen.map((s) => s.sql) };
}
