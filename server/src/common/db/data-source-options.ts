import type { DataSourceOptions } from 'typeorm';
import { DEFAULT_DATABASE_LIMITS, type DatabaseConfig, type DatabaseLimits } from '../config/config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from '../../migrations/mysql';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';

/**
 * One schema, two dialects: entities are shared, migrations are generated per dialect and picked here.
 * `synchronize` is never on; the schema only changes through migrations. `limits` bound how long anything waits on the
 * database (the connection pool and its queue here; per-query time-outs in `boundMysqlWaits`).
 */
export function dataSourceOptions(
  db: DatabaseConfig,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): DataSourceOptions {
  const common = { entities: ENTITIES, synchronize: false, migrationsRun: false, logging: false } as const;
  if (db.type === 'mysql') {
    return {
      ...common,
      type: db.flavor ?? 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: false,
      supportBigNumbers: true,
      migrations: MYSQL_MIGRATIONS,
      migrationsTableName: 'migrations',
      // A frozen server accepts TCP connections but never greets: give up on it like on a slow query.
      connectTimeout: limits.timeoutMs,
      extra: { connectionLimit: limits.poolSize, queueLimit: limits.queueLimit, waitForConnections: true },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    migrations: SQLITE_MIGRATIONS,
    migrationsTableName: 'migrations',
    enableWAL: db.path !== ':memory:',
    prepareDatabase: (conn: { pragma: (s: string) => unknown }) => {
      conn.pragma('foreign_keys = ON');
      conn.pragma(`busy_timeout = ${Math.round(limits.timeoutMs)}`);
      // Deleted rows are overwritten with zeros, so an erased account does not linger in freed pages of the file.
      conn.pragma('secure_delete = ON');
    },
  };
}
