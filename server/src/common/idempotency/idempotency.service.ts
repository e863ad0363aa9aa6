import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../errors/app.exception';
import { isUniqueViolation } from '../db/unique-violation';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** How long a retry waits for the first request with its key to finish before it is told to try again. */
const WAIT_MS = 10_000;
/** A key still pending after this long belongs to a request that died (its instance stopped); it may be taken over. */
const STALE_MS = 60_000;

export type Claim = { claimed: true } | { claimed: false; status: number; body: unknown };

/** A key that could not be let go of (the database was away) is tried again this often, for this long. */
const RELEASE_RETRY_MS = 1000;
const RELEASE_GIVE_UP_MS = STALE_MS;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The stored `Idempotency-Key`s: claim one before running a create, store its answer after. */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(IdempotencyKeyEntity);
  }

  /**
   * Claims the key for this request ('claimed': run it), or returns the answer the first request with the key got.
   * A key used for another route or body is a 422; a key whose first request is still running waits for its answer.
   */
  async begin(userId: number, key: string, routeId: string, requestHash: string): Promise<Claim> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        await this.repo().insert({
          userId,
          key,
          routeId,
          requestHash,
          status: 'pending',
          responseStatus: null,
          responseBody: null,
          createdAt: new Date(),
        });
        return { claimed: true };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
      const row = await this.repo().findOne({ where: { userId, key } });
      if (!row) continue; // the first request failed and let go of the key: claim it again
      if (row.routeId !== routeId || row.requestHash !== requestHash) {
        throw new AppException('IDEMPOTENCY_KEY_REUSED', 422, `key ${key} was first used on ${row.routeId}`);
      }
      if (row.status === 'done') {
        const body = row.responseBody === null ? undefined : (JSON.parse(row.responseBody) as unknown);
        return { claimed: false, status: row.responseStatus ?? 200, body };
      }
      if (Date.now() - row.createdAt.getTime() > STALE_MS) {
        await this.repo().delete({ id: row.id, status: 'pending' });
        continue;
      }
      if (Date.now() > deadline) throw new AppException('IDEMPOTENCY_KEY_IN_USE', 409, `key ${key} still pending`);
      await sleep(50);
    }
  }

  /** Stores the answer to the request that claimed the key (in the request's transaction when `manager` is given). */
  async complete(userId: number, key: string, status: number, body: unknown, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update(
      { userId, key, status: 'pending' },
      { status: 'done', responseStatus: status, responseBody: body === undefined ? null : JSON.stringify(body) },
    );
  }

  /** Lets go of the key after its request failed, so a retry runs it again. */
  async release(userId: number, key: string): Promise<void> {
    await this.repo().delete({ userId, key, status: 'pending' });
  }

  /**
   * Lets go of the key after its request failed; while the database is away, keeps trying in the background, so a
   * retry once it is back runs the create instead of waiting for the key to go stale.
   */
  releaseEventually(userId: number, key: string): void {
    const giveUpAt = Date.now() + RELEASE_GIVE_UP_MS;
    const attempt = () => {
      this.release(userId, key).catch(() => {
        if (Date.now() < giveUpAt) setTimeout(attempt, RELEASE_RETRY_MS).unref();
        else this.logger.warn('idempotency key not released; it is taken over once stale');
      });
    };
    attempt();
  }
}
