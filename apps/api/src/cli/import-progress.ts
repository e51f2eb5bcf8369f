/** Where progress goes: stderr, whose `isTTY` says whether a person watches it. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;
/** A terminal is redrawn at most this often. */
const REDRAW_MS = 100;

/**
 * Rows done of the total, with the rate: on a terminal a bar redrawn in place, elsewhere (a log,
 * a pipe) a line every `every` rows, which reads well in a CI log.
 */
export class ImportProgress {
  private readonly started: number;
  private drawnAt = -Infinity;
  private drawn = false;

  constructor(
    private readonly out: ProgressOutput,
    private readonly total: number,
    private readonly every = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number): void {
    if (!this.out.isTTY) {
      if (done % this.every === 0) this.out.write(`${this.describe(done)}\n`);
      return;
    }
    if (this.now() - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = this.now();
    this.out.write(`\r\x1b[K${this.bar(done)} ${this.describe(done)}`);
    this.drawn = true;
  }

  /** Clears the bar so another line can be written; the next update draws it again. */
  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
    this.drawnAt = -Infinity;
  }

  finish(done: number): void {
    if (!this.out.isTTY) return;
    this.clear();
    this.out.write(`${this.bar(done)} ${this.describe(done)}\n`);
  }

  private describe(done: number): string {
    const seconds = Math.max((this.now() - this.started) / 1000, 0.001);
    return `${done}/${this.total} rows, ${Math.round(done / seconds)} rows/s`;
  }

  private bar(done: number): string {
    const filled = this.total > 0 ? Math.round((done / this.total) * BAR_WIDTH) : BAR_WIDTH;
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  }
}
