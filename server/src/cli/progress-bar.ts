/** A one-line progress bar for command-line tools: redrawn in place on a terminal, a line per 10 % otherwise. */
export class ProgressBar {
  private lastBucket = -1;
  private lastLabel = '';
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly width = 30,
  ) {}

  update(label: string, done: number, total: number): void {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * this.width);
    const line = `${label.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}%`;
    if (this.out.isTTY) {
      this.out.write(`\r${line}`);
      this.drawn = true;
      return;
    }
    const bucket = Math.floor(ratio * 10);
    if (label !== this.lastLabel) {
      this.lastLabel = label;
      this.lastBucket = -1;
    }
    if (bucket !== this.lastBucket) {
      this.lastBucket = bucket;
      this.out.write(`${line}\n`);
    }
  }

  done(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
    this.lastBucket = -1;
  }
}
