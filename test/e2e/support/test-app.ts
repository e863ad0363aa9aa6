import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../../server/src/app.factory';
import type { Clock } from '../../../server/src/common/clock';
import { loadConfig } from '../../../server/src/common/config/config';
import { createDatabase, dropDatabase, withDatabase } from '../../../server/src/common/db/mysql-admin';

export type Dialect = 'sqlite' | 'mysql';

/** Every e2e suite runs on SQLite, and on MySQL/MariaDB as well when TEST_MYSQL_URL points at a server. */
export const DIALECTS: Dialect[] = process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

/** A fresh, empty database of the dialect: a temp SQLite file, or a new MySQL database dropped afterwards. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  counter += 1;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-e2e-'));
    return {
      url: `sqlite:${path.join(dir, 'test.sqlite')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.TEST_MYSQL_URL as string;
  const name =
    `${new URL(base).pathname.replace(/^\//, '') || 'ihaigui'}_e2e_${process.pid}_${Date.now()}_${counter}`.replace(
      /[^A-Za-z0-9_]/g,
      '_',
    );
  await createDatabase(base, name);
  return { url: withDatabase(base, name), drop: () => dropDatabase(base, name) };
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  rawLogs: string[];
  close(): Promise<void>;
}

export interface StartOptions {
  database?: TestDatabase;
  env?: Record<string, string>;
  clock?: Clock;
  extraModules?: Array<Type | DynamicModule>;
}

/** The real application (same factory as production) on a fresh database, logs captured in memory. */
export async function startTestApp(dialect: Dialect, options: StartOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase(dialect));
  const rawLogs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      rawLogs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    H5_DIR: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    STORAGE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-files-')),
    // Suites send outbox messages with NotificationService.settled(); the outbox tests turn the worker on.
    OUTBOX_INTERVAL_MS: '0',
    ...options.env,
  });
  const app = await createApp(config, {
    logDestination: destination,
    clock: options.clock,
    extraModules: options.extraModules,
  });
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    rawLogs,
    get logs() {
      return rawLogs.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
    },
  };
}
