/**
 * Stand-ins for what the server's services share (the clock, the transaction, the inbox, the audit log) in unit tests
 * next to the code: plain objects that record what the service asked of them. Each feature's spec fakes its own
 * repository on top of these.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from '../../server/src/audit/audit.repository';
import type { Clock } from '../../server/src/common/clock';
import type { AppException } from '../../server/src/common/errors/app.exception';
import type { NotificationMessage } from '../../server/src/notification/notification.service';

/** A clock that stays where the test puts it. */
export class FakeClock implements Clock {
  constructor(private current = new Date('2025-06-02T08:00:00.000Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

/** The entity manager the fake transaction hands to its callback; fake repositories accept it and ignore it. */
export const fakeEm = {
  /** A nested transaction (a savepoint) runs on the same manager. */
  transaction: <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => work(fakeEm as unknown as EntityManager),
} as unknown as EntityManager;

/** A DataSource whose transaction simply runs the callback (the fakes hold no state that would need undoing). */
export function fakeDataSource(): DataSource {
  return {
    transaction: <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => work(fakeEm),
  } as unknown as DataSource;
}

/** One message as it was sent: to a user or to every member of an organisation. */
export interface SentNotification {
  to: { userId: number } | { organizationId: number };
  message: NotificationMessage;
}

/** The inbox: records every message instead of writing it. */
export class FakeNotifications {
  readonly sent: SentNotification[] = [];

  async notify(userId: number, message: NotificationMessage): Promise<void> {
    this.sent.push({ to: { userId }, message });
  }

  async notifyOrganization(organizationId: number, message: NotificationMessage): Promise<void> {
    this.sent.push({ to: { organizationId }, message });
  }
}

/** The audit log: records every entry instead of writing it. */
export class FakeAudit {
  readonly entries: AuditEntry[] = [];

  async insert(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }

  actions(): string[] {
    return this.entries.map((e) => e.action);
  }
}

/** The code and HTTP status of what a promise was rejected with (fails when it was fulfilled). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await promise;
  } catch (err) {
    const e = err as AppException;
    return { code: e.code, status: e.statusCode };
  }
  throw new Error('expected a rejection, but the promise was fulfilled');
}
