import * as path from 'node:path';
import { ConfigError, DEFAULT_SQLITE_PATH, loadConfig } from './config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded SQLite file and demo data outside production', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      database: { type: 'sqlite', path: DEFAULT_SQLITE_PATH },
      seedDemo: true,
      redisUrl: null,
    });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).seedDemo).toBe(false);
  });

  it('requires a real JWT secret in production, and WeChat credentials in pairs', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^JWT_SECRET: required in production/),
    ]);
    expect(problemsOf({ JWT_SECRET: 'short' })[0]).toMatch(/^JWT_SECRET:/);
    expect(problemsOf({ WECHAT_APP_ID: 'wx123' })[0]).toMatch(/^WECHAT_APP_SECRET:/);
  });

  it('reads MySQL and SQLite URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://app:s3cret@db.internal:3307/ihaigui' }).database).toMatchObject({
      type: 'mysql',
      database: 'ihaigui',
      url: 'mysql://app:s3cret@db.internal:3307/ihaigui',
    });
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1/x' }).database).toMatchObject({
      type: 'mysql',
      flavor: 'mariadb',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:./tmp/a.sqlite' }).database).toEqual({
      type: 'sqlite',
      path: path.resolve('tmp/a.sqlite'),
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ type: 'sqlite', path: ':memory:' });
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: '70000',
      DATABASE_URL: 'postgres://x/y',
      REDIS_URL: 'localhost',
      SEED_DEMO: 'maybe',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'PORT', 'REDIS_URL', 'SEED_DEMO']);
  });

  it('reads the outbox worker settings and refuses values out of range', () => {
    expect(loadConfig({}).outbox).toEqual({ intervalMs: 2000, maxAttempts: 8 });
    expect(loadConfig({ OUTBOX_INTERVAL_MS: '0', OUTBOX_MAX_ATTEMPTS: '3' }).outbox).toEqual({
      intervalMs: 0,
      maxAttempts: 3,
    });
    expect(problemsOf({ OUTBOX_INTERVAL_MS: '-1', OUTBOX_MAX_ATTEMPTS: '0' }).map((p) => p.split(':')[0])).toEqual([
      'OUTBOX_INTERVAL_MS',
      'OUTBOX_MAX_ATTEMPTS',
    ]);
  });

  it('reads the desk reminder interval and refuses values out of range', () => {
    expect(loadConfig({}).deskReminderIntervalSeconds).toBe(300);
    expect(loadConfig({ DESK_REMINDER_INTERVAL_SECONDS: '0' }).deskReminderIntervalSeconds).toBe(0);
    expect(problemsOf({ DESK_REMINDER_INTERVAL_SECONDS: '-1' }).map((p) => p.split(':')[0])).toEqual([
      'DESK_REMINDER_INTERVAL_SECONDS',
    ]);
    expect(problemsOf({ DESK_REMINDER_INTERVAL_SECONDS: '86400' }).map((p) => p.split(':')[0])).toEqual([
      'DESK_REMINDER_INTERVAL_SECONDS',
    ]);
  });

  it('refuses a MySQL URL without a database', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://root@localhost:3306/' })[0]).toMatch(
      /^DATABASE_URL: needs a database name/,
    );
  });

  it('splits CORS origins and treats an empty H5_DIR as "API only"', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', H5_DIR: '' });
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.h5Dir).toBeNull();
  });
});
