import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { NotificationService } from '../notification/notification.service';
import type { ConsultationEntity } from './desk.entity';
import { overdueMessage, reminderMessage, type TargetKind } from './desk.messages';
import { DeskRepository } from './desk.repository';

const BATCH = 100;

export interface ReminderRunResult {
  reminded: number;
  overdue: number;
}

/** The four timer events: a reminder or an overdue notice of each target. */
const EVENTS = [
  { target: 'firstResponse', at: 'firstResponseRemindAt', done: 'firstResponseRemindedAt', overdue: false },
  { target: 'resolution', at: 'resolutionRemindAt', done: 'resolutionRemindedAt', overdue: false },
  { target: 'firstResponse', at: 'firstResponseDueAt', done: 'firstResponseOverdueAt', overdue: true },
  { target: 'resolution', at: 'resolutionDueAt', done: 'resolutionOverdueAt', overdue: true },
] as const;

/**
 * 督办: before a target is missed (after 80 % of its working time, see working-calendar.ts) the assignee (when
 * somebody holds the consultation) and the category's supervisor get one reminder; when the target is
 * missed they get one overdue notice. Each is claimed by stamping its column in the same transaction as the inbox
 * rows, so a target reminds exactly once however many instances run the job. A consultation waiting for the asker has
 * no running target (its due instants are cleared), so it is never reminded.
 */
@Injectable()
export class DeskReminderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeskReminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly desk: DeskRepository,
    private readonly notifications: NotificationService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.deskReminderIntervalSeconds;
    // Tests call run() with their own clock; 0 leaves the job to other instances.
    if (this.config.env === 'test' || seconds <= 0) return;
    this.timer = setInterval(() => this.tick(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run(this.clock.now())
      .then((result) => {
        if (result.reminded || result.overdue) this.logger.log(result, 'desk reminder run');
      })
      .catch((err: unknown) =>
        this.logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'desk run failed'),
      )
      .finally(() => {
        this.running = null;
      });
  }

  /** One pass at `now`. */
  async run(now: Date): Promise<ReminderRunResult> {
    const result: ReminderRunResult = { reminded: 0, overdue: 0 };
    const seen = new Set<number>();
    for (;;) {
      const due = (await this.desk.findTimersDue(now, BATCH)).filter((c) => !seen.has(c.id));
      if (due.length === 0) break;
      for (const c of due) {
        seen.add(c.id);
        for (const event of EVENTS) {
          const at = c[event.at];
          if (!at || at.getTime() > now.getTime() || c[event.done]) continue;
          // A target already missed gets its overdue notice, not a late reminder (the reminder is stamped silently).
          const dueColumn = event.target === 'firstResponse' ? c.firstResponseDueAt : c.resolutionDueAt;
          const silent = !event.overdue && Boolean(dueColumn && dueColumn.getTime() <= now.getTime());
          if ((await this.fire(c, event, now, silent)) && !silent) {
            if (event.overdue) result.overdue += 1;
            else result.reminded += 1;
          }
        }
      }
    }
    return result;
  }

  private fire(c: ConsultationEntity, event: (typeof EVENTS)[number], now: Date, silent: boolean): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      if (!(await this.desk.claimTimer(c.id, event.done, event.at, now, em))) return false;
      if (silent) return true;
      const setting = await this.desk.findSetting(c.category, em);
      const recipients = new Set<number>();
      if (c.assigneeId !== null) recipients.add(c.assigneeId);
      if (setting?.supervisorId) recipients.add(setting.supervisorId);
      const target: TargetKind = event.target;
      const dueAt = (target === 'firstResponse' ? c.firstResponseDueAt : c.resolutionDueAt) as Date;
      const message = event.overdue ? overdueMessage(c, target, dueAt) : reminderMessage(c, target, dueAt);
      for (const userId of recipients) await this.notifications.notify(userId, message, em);
      return true;
    });
  }
}
