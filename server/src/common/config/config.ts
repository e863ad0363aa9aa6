import * as path from 'node:path';
import { z } from 'zod';

/** Repository root, found from this file whether it runs from src/ (tests) or dist/ (built). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SERVER_ROOT = path.join(REPO_ROOT, 'server');

export type DatabaseConfig =
  | {
      type: 'mysql';
      url: string;
      database: string;
      /** MariaDB reports schemas differently; unknown until probed when the URL says mysql://. */
      flavor?: 'mysql' | 'mariadb';
    }
  | { type: 'sqlite'; path: string };

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().optional()),
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional(),
  ),
  CORS_ORIGINS: z.preprocess(emptyToUndefined, z.string().optional()),
  BODY_LIMIT: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.preprocess(emptyToUndefined, booleanFromEnv.optional()),
  H5_DIR: z.string().optional(),
  TRUST_PROXY: z.preprocess(emptyToUndefined, booleanFromEnv.default(false)),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseConfig;
  redisUrl: string | null;
  /** Allowed cross-origin callers; empty means same-origin only. */
  corsOrigins: string[];
  bodyLimit: number;
  logLevel: string;
  seedDemo: boolean;
  /** Folder of the H5 build served at `/`, or null to serve the API only. */
  h5Dir: string | null;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_SQLITE_PATH = path.join(SERVER_ROOT, 'data', 'ihaigui.sqlite');

export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  if (!raw) return { type: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error('sqlite: needs a file path, e.g. sqlite:./data/app.sqlite or sqlite::memory:');
    return { type: 'sqlite', path: file === ':memory:' ? file : path.resolve(file) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error('is not a valid URL (expected mysql://user:pass@host:port/database)');
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname) throw new Error('needs a host (mysql://user:pass@host:port/database)');
    if (!database) throw new Error('needs a database name (mysql://user:pass@host:port/database)');
    if (!/^[A-Za-z0-9_$-]+$/.test(database)) throw new Error('database name may only hold letters, digits, _, $ and -');
    const flavor = raw.startsWith('mariadb://') ? 'mariadb' : undefined;
    url.protocol = 'mysql:';
    return { type: 'mysql', url: url.toString(), database, flavor };
  }
  throw new Error('must start with mysql:// or sqlite: (or be empty for the embedded SQLite file)');
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  let database: DatabaseConfig | undefined;
  try {
    database = parseDatabaseUrl(emptyToUndefined(env.DATABASE_URL) as string | undefined);
  } catch (e) {
    problems.push(`DATABASE_URL: ${(e as Error).message}`);
  }
  if (!parsed.success || !database) throw new ConfigError(problems);

  const v = parsed.data;
  const h5Dir =
    v.H5_DIR === undefined ? path.join(REPO_ROOT, 'miniapp', 'dist', 'h5') : v.H5_DIR.trim() ? path.resolve(v.H5_DIR) : null;
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    database,
    redisUrl: v.REDIS_URL ?? null,
    corsOrigins: (v.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: v.BODY_LIMIT,
    logLevel: v.LOG_LEVEL,
    seedDemo: v.SEED_DEMO ?? v.NODE_ENV !== 'production',
    h5Dir,
    trustProxy: v.TRUST_PROXY,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
