import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

const LOCK_NAME = 'ihaigui_migrations';

/**
 * Brings the schema up to date at start. On MySQL and MariaDB a named lock keeps several instances starting together
 * from running the same migration twice.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const ran = await runMigrationsLocked(this.dataSource);
    if (ran.length) this.logger.log({ migrations: ran }, `applied ${ran.length} migration(s)`);
  }
}

export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  // MariaDB is configured with its own driver type; both take the lock.
  if (dataSource.options.type !== 'mysql' && dataSource.options.type !== 'mariadb') {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [row] = (await runner.query('SELECT GET_LOCK(?, 120) AS got', [LOCK_NAME])) as { got: number }[];
    if (Number(row?.got) !== 1) throw new Error('timed out waiting for the migration lock');
    try {
      // MySQL DDL commits implicitly, so each migration is its own unit.
      return (await dataSource.runMigrations({ transaction: 'none' })).map((m) => m.name);
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
    }
  } finally {
    await runner.release();
  }
}
