import { Logger } from '@nestjs/common';

export interface PeriodicJobOptions<R> {
  /** The logger context ('DeskReminders'). */
  name: string;
  /** Seconds between runs; 0 leaves the job to other instances. */
  intervalSeconds: number;
  /** Tests call the run themselves with their own clock: the timer never starts. */
  underTest: boolean;
  run: () => Promise<R>;
  /** Whether a run's result is worth a log line (a run that did nothing is not). */
  worthLogging: (result: R) => boolean;
}

/**
 * A job every instance runs on a timer. A run never overlaps the previous one (a slow run skips ticks), its failure
 * is logged by name and message only (no personal data), and `stop` waits for the run under way. What the job does
 * must be safe when several instances run it at once (each item claimed by a conditional update).
 */
export class PeriodicJob<R> {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly options: PeriodicJobOptions<R>) {
    this.logger = new Logger(options.name);
  }

  start(): void {
    const { underTest, intervalSeconds } = this.options;
    if (underTest || intervalSeconds <= 0 || this.timer) return;
    this.timer = setInterval(() => this.tick(), intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.options
      .run()
      .then((result) => {
        if (this.options.worthLogging(result)) this.logger.log(result, 'run');
      })
      .catch((err: unknown) =>
        this.logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'run failed'),
      )
      .finally(() => {
        this.running = null;
      });
  }
}
