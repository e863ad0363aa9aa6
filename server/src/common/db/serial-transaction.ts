import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction that cannot overlap another one on the same connection.
 *
 * SQLite has a single connection here, and TypeORM turns a second BEGIN on it into a savepoint inside the first
 * transaction: two requests in flight at once would commit or roll back each other's work. On SQLite the
 * transactions started through this function therefore wait for one another; on MySQL each takes its own pooled
 * connection and they run side by side, the database's row locks doing the ordering.
 */
export function serialTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work));
  queues.set(
    dataSource,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
