import type { EventStore, LogSubscription, RecordedEvent } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import type { Projection } from './projection';
import { applyBatch } from './apply-batch';

export interface ProjectorOptions {
  /** The checkpoint's name in the read store. */
  readonly name: string;
  readonly maxBatch?: number;
  /** Told about a failed batch; the projector retries it from the checkpoint after a pause. */
  readonly onError?: (error: unknown) => void;
  readonly retryDelayMs?: number;
}

export interface ProjectorStatus {
  readonly running: boolean;
  /** Position of the last event whose effects are committed. */
  readonly position?: string;
  /** When that event was appended. */
  readonly lastEventAt?: string;
  readonly eventsApplied: number;
  /** How long the last committed batch waited in the log before it was committed, in seconds. */
  readonly lagSeconds: number;
}

const NOTHING_READY = Symbol('nothing ready');

/**
 * Feeds the log to the projections in batches: everything the subscription has ready (up to
 * `maxBatch`) is applied, then the documents and the checkpoint are committed in one atomic
 * write. A crash anywhere loses at most an uncommitted batch, which is applied again from the
 * checkpoint: no event counts twice, none is skipped.
 */
export class Projector {
  private subscription: LogSubscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private position: bigint | undefined;
  private lastEventAt: Date | undefined;
  private eventsApplied = 0;
  private lagSeconds = 0;
  private lifecycle: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly events: EventStore,
    private readonly views: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions,
  ) {}

  get collections(): string[] {
    return this.projections.flatMap((p) => p.collections.map((c) => c.name));
  }

  start(): Promise<void> {
    return this.serialised(() => this.startNow());
  }

  /** Creates the views' collections without running: for a process that only reads them. */
  define(): Promise<void> {
    return this.views.define(this.projections.flatMap((p) => p.collections));
  }

  stop(): Promise<void> {
    return this.serialised(() => this.stopNow());
  }

  /** Empties every view and replays the whole log into them. */
  rebuild(): Promise<void> {
    return this.serialised(async () => {
      await this.stopNow();
      await this.define();
      await this.views.reset(this.options.name, this.collections);
      this.position = undefined;
      this.eventsApplied = 0;
      await this.startNow();
    });
  }

  /**
   * Starting, stopping and rebuilding run one at a time: a reset while another rebuild's loop is
   * still committing would leave the views with only the batches after the reset.
   */
  private serialised(step: () => Promise<void>): Promise<void> {
    const next = this.lifecycle.then(step, step);
    this.lifecycle = next.catch(() => undefined);
    return next;
  }

  private async startNow(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    await this.define();
    this.loop = this.run();
  }

  private async stopNow(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
    await this.loop;
    this.loop = undefined;
  }

  status(): ProjectorStatus {
    return {
      running: this.loop !== undefined && !this.stopping,
      ...(this.position !== undefined ? { position: this.position.toString() } : {}),
      ...(this.lastEventAt ? { lastEventAt: this.lastEventAt.toISOString() } : {}),
      eventsApplied: this.eventsApplied,
      lagSeconds: this.lagSeconds,
    };
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        this.position = await this.views.checkpoint(this.options.name);
        this.subscription = this.events.subscribeToAll({ after: this.position });
        await this.consume(this.subscription);
      } catch (error) {
        this.options.onError?.(error);
        // A subscription that fails to close must not end the loop: the projector would stop for good.
        await this.subscription?.close().catch((closing: unknown) => this.options.onError?.(closing));
        if (!this.stopping) await pause(this.options.retryDelayMs ?? 1000);
      }
    }
  }

  private async consume(subscription: LogSubscription): Promise<void> {
    const iterator = subscription[Symbol.asyncIterator]();
    const maxBatch = this.options.maxBatch ?? 1000;
    for (let next = iterator.next(); ;) {
      const first = await next;
      if (first.done || this.stopping) return;
      const batch: RecordedEvent[] = [first.value];
      next = iterator.next();
      while (batch.length < maxBatch) {
        const ready = await Promise.race([next, nextTurn()]);
        if (ready === NOTHING_READY) break;
        if (ready.done) break;
        batch.push(ready.value);
        next = iterator.next();
      }
      await this.applyBatch(batch);
      // With the embedded store every step above settles as a microtask: without a real turn of
      // the event loop here, catching up on a long log would starve HTTP and timers until done.
      await nextTurn();
    }
  }

  private async applyBatch(batch: readonly RecordedEvent[]): Promise<void> {
    // Another projector on the same views makes the commit refuse the batch; the loop then re-reads the checkpoint.
    await applyBatch(this.views, this.projections, batch, {
      projector: this.options.name,
      continuesFrom: this.position ?? null,
    });
    const last = batch[batch.length - 1];
    this.position = last.position;
    this.lastEventAt = last.createdAt;
    this.eventsApplied += batch.length;
    this.lagSeconds = Math.max(0, (Date.now() - batch[0].createdAt.getTime()) / 1000);
  }
}

/** Resolves after the current turn of the event loop: whatever the iterator has buffered is ready by then. */
const nextTurn = (): Promise<typeof NOTHING_READY> =>
  new Promise((resolve) => setImmediate(() => resolve(NOTHING_READY)));

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
