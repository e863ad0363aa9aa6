import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from '../../migrations/mysql';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';

/**
 * One schema, two dialects: entities are shared, migrations are generated per dialect and picked here.
 * `synchronize` is never on; the schema only changes through migrations.
 */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
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
      extra: { connectionLimit: 10 },
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
      conn.pragma('busy_timeout = 5000');
      // Deleted rows are overwritten with zeros, so an erased account does not linger in freed pages of the file.
      conn.pragma('secure_delete = ON');
    },
  };
}
