import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type DatabaseLimits } from '../config/config';

/**
 * Error codes that mean "the database did not answer" rather than "the request was wrong": the server could not reach
 * it, lost the connection, or gave up waiting (for a connection, a query or, on SQLite, a lock).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'DB_ACQUIRE_TIMEOUT',
  'DB_QUEUE_FULL',
  'SQLITE_BUSY',
]);
/** mysql2 reports these without a code. */
const UNAVAILABLE_MESSAGES =
  /^(Pool is closed|Queue limit reached|Can't add new command when connection is in closed state)/;

/** Whether `err` (or the driver error or cause it wraps) says the database is out of reach. */
export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** A short description for the log: the code and message of the innermost driver error, never a stack. */
function describe(err: unknown): { code?: string; message?: string } {
  let current = err as { code?: unknown; message?: unknown; driverError?: unknown } | null;
  while (current?.driverError && typeof current.driverError === 'object') current = current.driverError as never;
  return {
    code: typeof current?.code === 'string' ? current.code : undefined,
    message: typeof current?.message === 'string' ? current.message.slice(0, 200) : undefined,
  };
}

function unavailableError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

interface PooledConnection {
  query(...args: unknown[]): unknown;
  release(): void;
  destroy(): void;
}

const GUARDED = Symbol('guarded');

/**
 * Bounds every wait on a MySQL/MariaDB pool: getting a connection and running one query each give up after
 * `timeoutMs`. A query that timed out takes its connection with it (destroyed, not returned to the pool), so the next
 * request never queues behind a statement the server may never answer.
 */
export function boundMysqlWaits(dataSource: DataSource, limits: DatabaseLimits): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection(): Promise<PooledConnection> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () =>
    new Promise<PooledConnection>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(unavailableError('DB_ACQUIRE_TIMEOUT', `no database connection within ${limits.timeoutMs} ms`));
      }, limits.timeoutMs);
      obtain().then(
        (conn) => {
          if (settled) return conn.release();
          settled = true;
          clearTimeout(timer);
          resolve(boundQueries(conn, limits.timeoutMs));
        },
        (err: Error) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(
            err.message.startsWith('Queue limit reached')
              ? unavailableError('DB_QUEUE_FULL', 'too many requests waiting for a database connection')
              : err,
          );
        },
      );
    });
}

function boundQueries(conn: PooledConnection, timeoutMs: number): PooledConnection {
  const marked = conn as PooledConnection & { [GUARDED]?: boolean };
  if (marked[GUARDED]) return conn;
  marked[GUARDED] = true;
  const query = conn.query.bind(conn);
  conn.query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback !== 'function') return query(...args);
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      conn.destroy();
      (callback as (err: Error) => void)(
        unavailableError('PROTOCOL_SEQUENCE_TIMEOUT', `database did not answer within ${timeoutMs} ms`),
      );
    }, timeoutMs);
    args[last] = (...result: unknown[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      (callback as (...r: unknown[]) => void)(...result);
    };
    return query(...args);
  };
  return conn;
}

/**
 * Tracks whether the database answers, so that an outage gives one log line when it starts and one when it ends (not a
 * stack trace per request). While it is away a probe asks every second.
 */
@Injectable()
export class DatabaseAvailability implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Database');
  private downSince: number | null = null;
  private probe: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After the migrations (which may rightly run long, and wait for each other's lock), every wait is bounded. */
  onApplicationBootstrap(): void {
    const type = this.dataSource.options.type;
    if (type === 'mysql' || type === 'mariadb') boundMysqlWaits(this.dataSource, this.config.databaseLimits);
  }

  /** Seconds a client is asked to wait before retrying. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.config.databaseLimits.timeoutMs / 1000));
  }

  get available(): boolean {
    return this.downSince === null;
  }

  reportFailure(err: unknown): void {
    if (this.downSince !== null || this.stopped) return;
    this.downSince = Date.now();
    this.logger.warn({ reason: describe(err) }, 'database unavailable: answering 503 DATABASE_UNAVAILABLE');
    this.scheduleProbe();
  }

  reportSuccess(): void {
    if (this.downSince === null) return;
    const downMs = Date.now() - this.downSince;
    this.downSince = null;
    if (this.probe) clearTimeout(this.probe);
    this.probe = null;
    this.logger.log({ downMs }, 'database available again');
  }

  private scheduleProbe(): void {
    this.probe = setTimeout(() => {
      this.probe = null;
      this.dataSource.query('SELECT 1').then(
        () => this.reportSuccess(),
        () => {
          if (this.downSince !== null && !this.stopped) this.scheduleProbe();
        },
      );
    }, 1000);
    this.probe.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.probe) clearTimeout(this.probe);
  }
}
