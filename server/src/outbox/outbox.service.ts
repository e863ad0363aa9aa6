import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import type { OutboxMessageEntity } from './outbox.entity';
import { OutboxRepository } from './outbox.repository';

/**
 * What a handler made of one attempt:
 * - done: delivered, or nothing left to deliver (e.g. the user refused); the row is marked sent.
 * - retry: a passing problem (network, WeChat busy); tried again later with backoff until the attempts run out.
 */
export type OutboxOutcome = { kind: 'done'; note?: string } | { kind: 'retry'; reason: string };

export interface OutboxHandler {
  send(payload: unknown): Promise<OutboxOutcome>;
  /** Called once when a message is given up after the last attempt (e.g. to give back what it reserved). */
  gaveUp?(payload: unknown): Promise<void>;
}

/** Rows read per claiming round. */
const BATCH = 20;
/** A claim lasts this long; far longer than one send (WeChat calls time out after 5 s), see drain(). */
const LEASE_MS = 60_000;
/** Backoff after the n-th failed attempt: 5 s, 10 s, 20 s, … capped at an hour. */
const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 3_600_000;
/** Finished rows are kept this long for inspection, then deleted. */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;
/** How long the SQLite worker waits for another transaction on the shared connection to end. */
const IDLE_WAIT_MS = 10_000;

/**
 * A durable outbox for messages to outside services (WeChat). A feature writes its message with enqueue() in the
 * transaction that makes the change, so a rollback leaves no message and a crash after commit loses none. A worker
 * in every instance drains the table: each row is claimed with a conditional UPDATE and a lease, so with several
 * instances on one database exactly one of them sends it; failures are retried with exponential backoff and given
 * up (status failed, logged) after OUTBOX_MAX_ATTEMPTS.
 *
 * Exactly once per message id, with one window: a crash after WeChat accepted a message and before the row is
 * marked sent (the next statement) sends it again once the lease lapses. A send that outlives its lease (60 s
 * against a 5 s WeChat timeout) could do the same; its late result is then ignored.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, OutboxHandler>();
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Features register the handler of each kind they enqueue (in onModuleInit). */
  register(kind: string, handler: OutboxHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Writes messages to send; pass the transaction's manager so they commit (or roll back) with the change. */
  async enqueue(kind: string, payloads: unknown[], manager?: EntityManager): Promise<void> {
    const now = this.clock.now();
    await this.outbox.insertMany(
      payloads.map((p) => ({ kind, payload: JSON.stringify(p), nextAttemptAt: now, createdAt: now })),
      manager,
    );
  }

  onApplicationBootstrap(): void {
    const ms = this.config.outbox.intervalMs;
    if (ms <= 0) return;
    this.timer = setInterval(() => {
      if (!this.draining) void this.drain();
    }, ms);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
  }

  /**
   * Sends every message due now and resolves with how many attempts it made. One drain at a time per instance:
   * a call while one runs waits for it and then drains again, so it sees everything committed before the call.
   */
  async drain(): Promise<number> {
    while (this.draining) await this.draining;
    this.draining = this.drainOnce()
      .catch((err: unknown) => {
        this.logger.error(
          { err: { name: (err as Error)?.name, message: (err as Error)?.message } },
          'outbox drain failed',
        );
        return 0;
      })
      .finally(() => {
        this.draining = null;
      });
    return this.draining;
  }

  private async drainOnce(): Promise<number> {
    let attempts = 0;
    for (;;) {
      if (this.stopped || !(await this.idle())) return attempts;
      const now = this.clock.now();
      const rows = await this.outbox.findClaimable(now, BATCH);
      for (const row of rows) {
        if (this.stopped || !(await this.idle())) return attempts;
        const claimed = await this.outbox.claim(row.id, row.attempts, now, new Date(now.getTime() + LEASE_MS));
        if (!claimed) continue;
        attempts += 1;
        await this.attempt(row, row.attempts + 1);
      }
      if (rows.length < BATCH) break;
    }
    await this.outbox.deleteFinishedBefore(new Date(this.clock.now().getTime() - KEEP_FINISHED_MS));
    return attempts;
  }

  private async attempt(row: OutboxMessageEntity, attempt: number): Promise<void> {
    const handler = this.handlers.get(row.kind);
    let outcome: OutboxOutcome;
    let payload: unknown = null;
    try {
      payload = JSON.parse(row.payload);
      outcome = handler ? await handler.send(payload) : { kind: 'retry', reason: `no handler for ${row.kind}` };
    } catch (e) {
      outcome = { kind: 'retry', reason: String((e as Error)?.message ?? e).slice(0, 200) };
    }
    await this.idle();
    const now = this.clock.now();
    const log = { id: row.id, kind: row.kind, attempt };
    if (outcome.kind === 'done') {
      await this.outbox.finish(row.id, attempt, { status: 'sent', sentAt: now, lastError: outcome.note ?? null });
      return;
    }
    const reason = outcome.reason.slice(0, 300);
    if (attempt >= this.config.outbox.maxAttempts) {
      if (await this.outbox.finish(row.id, attempt, { status: 'failed', lastError: reason })) {
        this.logger.error({ ...log, reason }, 'outbox message given up');
        await handler?.gaveUp?.(payload).catch(() => undefined);
      }
      return;
    }
    const delay = Math.min(RETRY_BASE_MS * 2 ** (attempt - 1), RETRY_MAX_MS);
    await this.outbox.finish(row.id, attempt, {
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + delay),
      lastError: reason,
    });
    this.logger.warn({ ...log, reason, retryInMs: delay }, 'outbox message failed; will retry');
  }

  /**
   * SQLite shares one connection in a process, so a statement run while a request's transaction is open would see
   * its uncommitted rows and join it. Waits until no transaction is open (false when it stays open too long).
   */
  private async idle(): Promise<boolean> {
    if (this.dataSource.options.type !== 'better-sqlite3') return true;
    const runner = this.dataSource.createQueryRunner();
    const deadline = Date.now() + IDLE_WAIT_MS;
    while (runner.isTransactionActive) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }
}
