import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POSITION_REMINDER_DAYS } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { PeriodicJob } from '../common/periodic-job';
import { NotificationService } from '../notification/notification.service';
import { PositionRepository } from './position.repository';
import { PositionService } from './position.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Postings handled per statement; a run loops until none are left. */
const BATCH = 100;

export interface ExpiryRunResult {
  reminded: number;
  closed: number;
}

/**
 * Expiry hygiene: the organisation's members are reminded 5 days before a posting closes, and it closes itself at
 * the end of its last day. Several instances may run this at once: each reminder and each closing is claimed by a
 * conditional UPDATE, so it happens exactly once, and its notification commits with it.
 */
@Injectable()
export class PositionExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob<ExpiryRunResult>;

  constructor(
    private readonly positions: PositionRepository,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.job = new PeriodicJob({
      name: 'PositionExpiry',
      intervalSeconds: config.positionExpiryIntervalSeconds,
      underTest: config.env === 'test',
      run: () => this.run(this.clock.now()),
      worthLogging: (r) => r.reminded > 0 || r.closed > 0,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One pass at `now`: reminders first (a posting both due and expired is closed, not reminded), then closing. */
  async run(now: Date): Promise<ExpiryRunResult> {
    const result: ExpiryRunResult = { reminded: 0, closed: 0 };
    const until = new Date(now.getTime() + POSITION_REMINDER_DAYS * DAY_MS);
    for (;;) {
      const due = await this.positions.findDueReminders(now, until, BATCH);
      for (const p of due) {
        const sent = await this.dataSource.transaction(async (em) => {
          if (!(await this.positions.claimReminder(p.id, now, em))) return false;
          await this.notifications.notifyOrganization(p.organizationId, PositionService.expiringMessage(p), em);
          return true;
        });
        if (sent) result.reminded += 1;
      }
      if (due.length < BATCH) break;
    }
    for (;;) {
      const expired = await this.positions.findExpired(now, BATCH);
      for (const p of expired) {
        const closed = await this.dataSource.transaction(async (em) => {
          if (
            !(await this.positions.transition(
              p.id,
              ['pending', 'approved'],
              { status: 'closed', closeReason: 'expired' },
              em,
            ))
          )
            return false;
          await this.audit.insert(
            {
              actorId: null,
              action: 'position.expire',
              entityType: 'position',
              entityId: p.id,
              detail: { expiresOn: p.expiresOn },
            },
            em,
          );
          await this.notifications.notifyOrganization(p.organizationId, PositionService.closedMessage(p), em);
          return true;
        });
        if (closed) result.closed += 1;
      }
      if (expired.length < BATCH) break;
    }
    return result;
  }
}
