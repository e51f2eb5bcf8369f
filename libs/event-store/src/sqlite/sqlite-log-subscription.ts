import type { LogSubscription, RecordedEvent } from '../event-store.port';
import type { ChangeSignal } from './change-signal';

type ReadPage = (after: bigint | undefined, maxCount: number) => RecordedEvent[];

const PAGE_SIZE = 500;

/**
 * A catch-up subscription over the SQLite log: reads pages strictly after the last delivered
 * position, and when caught up waits for the change signal. Delivering one event at a time
 * through the async iterator gives the consumer back-pressure for free.
 */
export class SqliteLogSubscription implements LogSubscription {
  private closed = false;
  private cancelWait: (() => void) | undefined;

  constructor(
    private readonly readPage: ReadPage,
    private readonly signal: ChangeSignal,
    private position: bigint | undefined,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    while (!this.closed) {
      const seen = this.signal.generation;
      const page = this.readPage(this.position, PAGE_SIZE);
      for (const event of page) {
        if (this.closed) return;
        this.position = event.position;
        yield event;
      }
      if (page.length < PAGE_SIZE && !this.closed && seen === this.signal.generation) {
        const { promise, cancel } = this.signal.wait();
        this.cancelWait = cancel;
        await promise;
        this.cancelWait = undefined;
      }
    }
  }

  close(): Promise<void> {
    this.closed = true;
    this.cancelWait?.();
    return Promise.resolve();
  }
}
