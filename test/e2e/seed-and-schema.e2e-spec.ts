import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/common/db/data-source-options';
import { loadConfig } from '../../server/src/common/config/config';
import { withFlavor } from '../../server/src/common/db/mysql-admin';
import { DEMO_ANNOUNCEMENTS } from '../../server/src/seed/demo-announcements';
import { createTestDatabase, DIALECTS, startTestApp } from './support/test-app';

const ROOT = path.resolve(__dirname, '..', '..');

describe.each(DIALECTS)('database on %s', (dialect) => {
  it('has migrations that match the entities exactly (no drift)', async () => {
    const db = await createTestDatabase(dialect);
    const ds = new DataSource(dataSourceOptions(await withFlavor(loadConfig({ DATABASE_URL: db.url }).database)));
    try {
      await ds.initialize();
      const applied = await ds.runMigrations({ transaction: dialect === 'mysql' ? 'none' : 'each' });
      expect(applied.length).toBeGreaterThan(0);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    }
  });

  it('seeds demo content on first start and nothing on the second', async () => {
    const db = await createTestDatabase(dialect);
    try {
      const first = await startTestApp(dialect, { database: db, env: { SEED_DEMO: 'true' } });
      const page = await first.http.get('/api/v1/announcements?pageSize=50').expect(200);
      expect(page.body.total).toBe(DEMO_ANNOUNCEMENTS.length);
      expect(page.body.total).toBeGreaterThanOrEqual(20);
      const pinnedCount = DEMO_ANNOUNCEMENTS.filter((a) => a.pinned).length;
      expect(page.body.items.slice(0, pinnedCount).every((a: { pinned: boolean }) => a.pinned)).toBe(true);
      expect(page.body.items.some((a: { titleEn: string | null }) => a.titleEn)).toBe(true);
      await first.close();

      const second = await startTestApp(dialect, { database: db, env: { SEED_DEMO: 'true' } });
      const again = await second.http.get('/api/v1/announcements?pageSize=1').expect(200);
      expect(again.body.total).toBe(DEMO_ANNOUNCEMENTS.length);
      await second.close();
    } finally {
      await db.drop();
    }
  });
});

describe('migration drift check command', () => {
  it('passes on every configured dialect', () => {
    const res = spawnSync(process.execPath, [path.join(ROOT, 'server/dist/common/db/cli.js'), 'check'], {
      env: { ...process.env, MIGRATION_MYSQL_URL: process.env.TEST_MYSQL_URL ?? '' },
      encoding: 'utf8',
    });
    if (!process.env.TEST_MYSQL_URL) {
      // Without a MySQL server only the SQLite half can run; the command says what is missing.
      expect(res.stdout).toContain('sqlite: migrations match the entities');
      expect(res.stderr).toContain('MIGRATION_MYSQL_URL');
      return;
    }
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('sqlite: migrations match the entities');
    expect(res.stdout).toContain('mysql: migrations match the entities');
    expect(res.status).toBe(0);
  });
});
