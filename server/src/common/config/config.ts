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
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  ),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(5000).default(500),
  CORS_ORIGINS: z.preprocess(emptyToUndefined, z.string().optional()),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.preprocess(emptyToUndefined, booleanFromEnv.optional()),
  H5_DIR: z.string().optional(),
  TRUST_PROXY: z.preprocess(emptyToUndefined, booleanFromEnv.default(false)),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  JWT_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(24 * 3600)
    .default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  WECHAT_BASE_URL: z.preprocess(emptyToUndefined, z.url().default('https://api.weixin.qq.com')),
  WECHAT_APP_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  WECHAT_APP_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  WECHAT_TEMPLATE_APPLICATION_STATUS: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  WECHAT_ENV_VERSION: z.preprocess(emptyToUndefined, z.enum(['release', 'trial', 'develop']).default('release')),
  STORAGE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  RATE_LIMIT_SENSITIVE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  POSITION_EXPIRY_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .default(300),
});

/** Used only outside production, so a newcomer's demo works without setup; production must set JWT_SECRET. */
const DEV_JWT_SECRET = 'ihaigui-development-only-secret-not-for-production';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseConfig;
  redisUrl: string | null;
  /** How long one Redis command may take before the caller falls back to per-instance state. */
  redisCommandTimeoutMs: number;
  /** Allowed cross-origin callers; empty means same-origin only. */
  corsOrigins: string[];
  bodyLimit: number;
  logLevel: string;
  seedDemo: boolean;
  /** Folder of the H5 build served at `/`, or null to serve the API only. */
  h5Dir: string | null;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    loginMaxFailures: number;
    loginLockMinutes: number;
  };
  /** Requests per minute per client address for each named limit. */
  rateLimits: { auth: number; sensitive: number };
  wechat: {
    baseUrl: string;
    appId: string | null;
    appSecret: string | null;
    /** Which build of the mini-program links open (mini-program codes, subscribe messages). */
    envVersion: 'release' | 'trial' | 'develop';
    /** Subscribe-message template ids by purpose; null = that message is not sent. */
    templates: { applicationStatus: string | null };
  };
  /** Where uploaded files (CVs) are kept; a shared volume when several instances run. */
  storageDir: string;
  /** How often the position expiry job runs (reminders, closing at expiry); 0 = never in this process. */
  positionExpiryIntervalSeconds: number;
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
  if (parsed.success && parsed.data.NODE_ENV === 'production' && !parsed.data.JWT_SECRET) {
    problems.push('JWT_SECRET: required in production (at least 32 random characters)');
  }
  if (parsed.success && Boolean(parsed.data.WECHAT_APP_ID) !== Boolean(parsed.data.WECHAT_APP_SECRET)) {
    problems.push('WECHAT_APP_SECRET: WECHAT_APP_ID and WECHAT_APP_SECRET are set together');
  }
  if (!parsed.success || !database || problems.length) throw new ConfigError(problems);

  const v = parsed.data;
  const h5Dir =
    v.H5_DIR === undefined
      ? path.join(REPO_ROOT, 'miniapp', 'dist', 'h5')
      : v.H5_DIR.trim()
        ? path.resolve(v.H5_DIR)
        : null;
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    database,
    redisUrl: v.REDIS_URL ?? null,
    redisCommandTimeoutMs: v.REDIS_COMMAND_TIMEOUT_MS,
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
    auth: {
      jwtSecret: v.JWT_SECRET ?? DEV_JWT_SECRET,
      accessTokenTtlSeconds: v.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: v.REFRESH_TOKEN_TTL_DAYS,
      loginMaxFailures: v.LOGIN_MAX_FAILURES,
      loginLockMinutes: v.LOGIN_LOCK_MINUTES,
    },
    rateLimits: { auth: v.RATE_LIMIT_AUTH_PER_MINUTE, sensitive: v.RATE_LIMIT_SENSITIVE_PER_MINUTE },
    wechat: {
      baseUrl: v.WECHAT_BASE_URL.replace(/\/+$/, ''),
      appId: v.WECHAT_APP_ID ?? null,
      appSecret: v.WECHAT_APP_SECRET ?? null,
      envVersion: v.WECHAT_ENV_VERSION,
      templates: { applicationStatus: v.WECHAT_TEMPLATE_APPLICATION_STATUS ?? null },
    },
    storageDir: v.STORAGE_DIR ? path.resolve(v.STORAGE_DIR) : path.join(SERVER_ROOT, 'data', 'files'),
    positionExpiryIntervalSeconds: v.POSITION_EXPIRY_INTERVAL_SECONDS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
