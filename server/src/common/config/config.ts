import { isIP } from 'node:net';
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

export interface DatabaseLimits {
  /** Longest wait for a pooled connection, for one query, or (SQLite) for a lock. */
  timeoutMs: number;
  /** MySQL/MariaDB connections per instance. */
  poolSize: number;
  /** Requests that may wait for a connection; more are refused at once (0 = no bound). */
  queueLimit: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = { timeoutMs: 5_000, poolSize: 10, queueLimit: 100 };

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
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
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const trust = parseTrustProxy(raw);
        if (trust === null) {
          ctx.addIssue({
            code: 'custom',
            message:
              'must be false, a hop count (true = 1) or a comma-separated list of proxy addresses or CIDR ranges (loopback, linklocal and uniquelocal name those ranges)',
          });
          return z.NEVER;
        }
        return trust;
      }),
  ),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  DB_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  DB_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(100),
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
  WECHAT_TEMPLATE_CONSULTATION_REPLY: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  WECHAT_ENV_VERSION: z.preprocess(emptyToUndefined, z.enum(['release', 'trial', 'develop']).default('release')),
  STORAGE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_MAX_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .default(900),
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  RATE_LIMIT_SENSITIVE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  MAX_URL_LENGTH: z.coerce
    .number()
    .int()
    .min(256)
    .max(1024 * 1024)
    .default(8192),
  MAX_HEADER_BYTES: z.coerce
    .number()
    .int()
    .min(8 * 1024)
    .max(1024 * 1024)
    .default(96 * 1024),
  IMPORT_MAX_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(500),
  IMPORT_MAX_UNCOMPRESSED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(50 * 1024 * 1024),
  SESSION_REVOCATION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  POSITION_EXPIRY_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .default(300),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** The service desk's reminder job (reminders before a target is missed, overdue notices); 0 = never here. */
  DESK_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
});

/**
 * Used only outside production while the server listens on loopback, so a newcomer's demo works without setup; on any
 * other interface, and in production, JWT_SECRET must be set.
 */
const DEV_JWT_SECRET = 'ihaigui-development-only-secret-not-for-production';

/** Which proxies' `X-Forwarded-For` entries are believed: none, the nearest n hops, or the listed addresses/ranges. */
export type TrustProxy = false | number | string[];

/** The named ranges Fastify (proxy-addr) knows. */
const NAMED_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: `false`/`0`/`no` trusts no proxy; `true`/`yes` trusts one hop (the load balancer in front); a number
 * trusts that many hops; anything else is a list of proxy addresses or CIDR ranges. Fastify then takes as the client
 * the right-most `X-Forwarded-For` address that is not a trusted proxy. Null when the value is none of these.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | null {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'false' || value === 'no' || value === '0') return false;
  if (value === 'true' || value === 'yes') return 1;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 32 ? hops : null;
  }
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const valid = (entry: string) => {
    if (NAMED_PROXY_RANGES.includes(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return false;
    if (prefix === undefined) return true;
    return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  };
  return entries.length && entries.every(valid) ? entries : null;
}

/** Loopback interfaces: only the machine itself can reach a server listening there. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

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
  /** Longer request targets (path and query) are refused with 414 URL_TOO_LONG. */
  maxUrlLength: number;
  /** The HTTP server's limit for the request line and headers together; beyond it 431 HEADERS_TOO_LARGE. */
  maxHeaderBytes: number;
  logLevel: string;
  seedDemo: boolean;
  /** Folder of the H5 build served at `/`, or null to serve the API only. */
  h5Dir: string | null;
  trustProxy: TrustProxy;
  shutdownTimeoutMs: number;
  /** On SIGTERM, how long readiness answers 503 (while requests are still served) before the listener closes. */
  shutdownDrainMs: number;
  /** How long a request may wait on the database before it is answered 503 DATABASE_UNAVAILABLE. */
  databaseLimits: DatabaseLimits;
  auth: {
    jwtSecret: string;
    /** Sign-in as a demo persona without a password: outside production, and only while listening on loopback. */
    devLogin: boolean;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /** Wrong passwords for one account from one client within the window before that client is slowed down. */
    loginMaxFailures: number;
    loginFailureWindowMinutes: number;
    /** The longest a slowed-down client is asked to wait (the delay doubles with each further failure). */
    loginMaxDelaySeconds: number;
    /** How long an instance trusts its answer to "is this session signed out?"; 0 asks the database each time. */
    sessionRevocationCacheSeconds: number;
  };
  /** Points per minute per client address for each named limit (public lists cost 1, search and matching more). */
  rateLimits: { auth: number; sensitive: number; public: number };
  /** Limits checked in a spreadsheet's zip directory before it is unpacked. */
  importLimits: { maxEntries: number; maxUncompressedBytes: number };
  wechat: {
    baseUrl: string;
    appId: string | null;
    appSecret: string | null;
    /** Which build of the mini-program links open (mini-program codes, subscribe messages). */
    envVersion: 'release' | 'trial' | 'develop';
    /** Subscribe-message template ids by purpose; null = that message is not sent. */
    templates: { applicationStatus: string | null; consultationReply: string | null };
  };
  /** Where uploaded files (CVs) are kept; a shared volume when several instances run. */
  storageDir: string;
  /** How often the position expiry job runs (reminders, closing at expiry); 0 = never in this process. */
  positionExpiryIntervalSeconds: number;
  /** The outbox worker: how often this instance drains it (0 = never here) and attempts per message before giving up. */
  outbox: { intervalMs: number; maxAttempts: number };
  /** How often the service desk's reminder job runs; 0 = never in this process (tests call it directly). */
  deskReminderIntervalSeconds: number;
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
  // Outside production the default host is loopback, so the development defaults (a JWT secret from the source,
  // sign-in as a demo persona) are never reachable from another machine.
  const host = parsed.success
    ? (parsed.data.HOST ?? (parsed.data.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'))
    : '127.0.0.1';
  if (parsed.success && parsed.data.NODE_ENV === 'production' && !parsed.data.JWT_SECRET) {
    problems.push('JWT_SECRET: required in production (at least 32 random characters)');
  } else if (parsed.success && !parsed.data.JWT_SECRET && !isLoopbackHost(host)) {
    problems.push(
      `JWT_SECRET: required when listening on ${host} (the development secret is only used on 127.0.0.1, ::1 or localhost)`,
    );
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
    host,
    port: v.PORT,
    database,
    redisUrl: v.REDIS_URL ?? null,
    redisCommandTimeoutMs: v.REDIS_COMMAND_TIMEOUT_MS,
    corsOrigins: (v.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: v.BODY_LIMIT,
    maxUrlLength: v.MAX_URL_LENGTH,
    maxHeaderBytes: v.MAX_HEADER_BYTES,
    logLevel: v.LOG_LEVEL,
    seedDemo: v.SEED_DEMO ?? v.NODE_ENV !== 'production',
    h5Dir,
    trustProxy: v.TRUST_PROXY,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs: v.SHUTDOWN_DRAIN_MS,
    databaseLimits: { timeoutMs: v.DB_TIMEOUT_MS, poolSize: v.DB_POOL_SIZE, queueLimit: v.DB_QUEUE_LIMIT },
    auth: {
      jwtSecret: v.JWT_SECRET ?? DEV_JWT_SECRET,
      devLogin: v.NODE_ENV !== 'production' && isLoopbackHost(host),
      accessTokenTtlSeconds: v.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: v.REFRESH_TOKEN_TTL_DAYS,
      loginMaxFailures: v.LOGIN_MAX_FAILURES,
      loginFailureWindowMinutes: v.LOGIN_FAILURE_WINDOW_MINUTES,
      loginMaxDelaySeconds: v.LOGIN_MAX_DELAY_SECONDS,
      sessionRevocationCacheSeconds: v.SESSION_REVOCATION_CACHE_SECONDS,
    },
    rateLimits: {
      auth: v.RATE_LIMIT_AUTH_PER_MINUTE,
      sensitive: v.RATE_LIMIT_SENSITIVE_PER_MINUTE,
      public: v.RATE_LIMIT_PUBLIC_PER_MINUTE,
    },
    importLimits: { maxEntries: v.IMPORT_MAX_ENTRIES, maxUncompressedBytes: v.IMPORT_MAX_UNCOMPRESSED_BYTES },
    wechat: {
      baseUrl: v.WECHAT_BASE_URL.replace(/\/+$/, ''),
      appId: v.WECHAT_APP_ID ?? null,
      appSecret: v.WECHAT_APP_SECRET ?? null,
      envVersion: v.WECHAT_ENV_VERSION,
      templates: {
        applicationStatus: v.WECHAT_TEMPLATE_APPLICATION_STATUS ?? null,
        consultationReply: v.WECHAT_TEMPLATE_CONSULTATION_REPLY ?? null,
      },
    },
    storageDir: v.STORAGE_DIR ? path.resolve(v.STORAGE_DIR) : path.join(SERVER_ROOT, 'data', 'files'),
    positionExpiryIntervalSeconds: v.POSITION_EXPIRY_INTERVAL_SECONDS,
    outbox: { intervalMs: v.OUTBOX_INTERVAL_MS, maxAttempts: v.OUTBOX_MAX_ATTEMPTS },
    deskReminderIntervalSeconds: v.DESK_REMINDER_INTERVAL_SECONDS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
