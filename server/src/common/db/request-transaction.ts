import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * One database transaction for the whole of a request, so that what the request writes and the record of its answer
 * commit together or not at all (see IdempotencyInterceptor: a create that committed always has its answer stored).
 *
 * Repositories reach the database through `dataSource.manager` (or `getRepository` and `transaction`, which use it)
 * at call time; inside `runInRequestTransaction` that manager is the request's transaction, so their writes, their
 * reads and their own `dataSource.transaction(...)` calls (savepoints then) all run in it, without any feature
 * passing a manager around.
 */
const current = new AsyncLocalStorage<EntityManager>();
const ROUTED = Symbol('routed-through-request-transaction');

/** Makes `dataSource.manager` the request's transaction while one is open (idempotent; once per data source). */
export function routeThroughRequestTransaction(dataSource: DataSource): void {
  const marked = dataSource as DataSource & { [ROUTED]?: true };
  if (marked[ROUTED]) return;
  const base = dataSource.manager;
  Object.defineProperty(dataSource, 'manager', {
    configurable: true,
    enumerable: true,
    get: () => current.getStore() ?? base,
  });
  marked[ROUTED] = true;
}

/**
 * Runs `work` in one transaction, then `finish` in the same transaction with what `work` returned, then commits. Any
 * failure — in `work`, in `finish` or in the commit — rolls everything back and is thrown.
 *
 * Only for MySQL/MariaDB: each transaction has a connection of its own there. SQLite has one connection for every
 * request, so a request-long transaction would take in other requests' statements; a local file also cannot go away
 * between a commit and the read that follows it.
 */
export async function runInRequestTransaction<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  finish: (manager: EntityManager, result: T) => Promise<void>,
): Promise<T> {
  routeThroughRequestTransaction(dataSource);
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    const result = await current.run(runner.manager, work);
    await finish(runner.manager, result);
    await runner.commitTransaction();
    return result;
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await runner.release().catch(() => undefined);
  }
}

/** Whether the data source runs request-long transactions (MySQL/MariaDB). */
export function supportsRequestTransaction(dataSource: DataSource): boolean {
  const type = dataSource.options.type;
  return type === 'mysql' || type === 'mariadb';
}
