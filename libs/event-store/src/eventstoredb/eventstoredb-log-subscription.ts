import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { LogSubscription, RecordedEvent } from '../event-store.port';
import { isSystemEvent, toRecordedEvent } from './eventstoredb-mapping';

/** Opens a catch-up subscription to $all that delivers events strictly after `after` (all when undefined). */
export type OpenAllSubscription = (after: bigint | undefined) => AllStreamSubscription;

export interface SubscriptionRetryOptions {
  /** Wait before the first re-subscription after a drop; doubles on each further drop. Default 100 ms. */
  readonly initialDelayMs?: number;
  /** Ceiling of the wait. Default 5 s. */
  readonly maxDelayMs?: number;
  /** Told of every drop before the wait; by default a process warning, so outages are not silent. */
  readonly onDropped?: (error: unknown, retryInMs: number) => void;
}

type Pulled =
  | { readonly kind: 'event'; readonly resolved: AllStreamResolvedEvent }
  | { readonly kind: 'dropped'; readonly error: unknown }
  | { readonly kind: 'closed' };

const warnDropped = (error: unknown, retryInMs: number): void =>
  process.emitWarning(
    `EventStoreDB subscription to $all dropped (${error instanceof Error ? error.message : String(error)}); ` +
      `re-subscribing in ${retryInMs} ms`,
  );

/**
 * A subscription to $all that survives drops: when the server or the connection ends it, it is
 * re-created from the last delivered position after a growing pause. Events are pulled one at a time
 * with `for await`, so a slow consumer holds the gRPC stream back instead of buffering the log.
 */
export class EventStoreDbLogSubscription implements LogSubscription {
  private closed = false;
  /** Ends whatever the iterator is waiting on (the next event or the pause) when closed. */
  private wake: (() => void) | undefined;
  private current: AllStreamSubscription | undefined;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly onDropped: (error: unknown, retryInMs: number) => void;

  constructor(
    private readonly open: OpenAllSubscription,
    private position: bigint | undefined,
    options: SubscriptionRetryOptions = {},
  ) {
    this.initialDelayMs = options.initialDelayMs ?? 100;
    this.maxDelayMs = options.maxDelayMs ?? 5000;
    this.onDropped = options.onDropped ?? warnDropped;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let delayMs = this.initialDelayMs;
    while (!this.closed) {
      const subscription = this.open(this.position);
      this.current = subscription;
      // Errors reach us through the iterator; this keeps one emitted after we let go from crashing the process.
      subscription.on('error', () => undefined);
      const iterator = subscription[Symbol.asyncIterator]();
      let dropped: unknown;
      try {
        for (;;) {
          if (this.closed) return;
          const pulled = await this.pull(iterator);
          if (pulled.kind === 'closed') return;
          if (pulled.kind === 'dropped') {
            dropped = pulled.error;
            break;
          }
          const event = this.accept(pulled.resolved);
          if (event === undefined) continue;
          this.position = event.position;
          delayMs = this.initialDelayMs;
          yield event;
        }
      } finally {
        this.current = undefined;
        release(subscription);
      }
      if (this.closed) return;
      this.onDropped(dropped, delayMs);
      await this.pause(delayMs);
      delayMs = Math.min(delayMs * 2, this.maxDelayMs);
    }
  }

  close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    if (this.current !== undefined) release(this.current);
    return Promise.resolve();
  }

  /** Our events only, each once: a re-subscription never hands back what was already delivered. */
  private accept(resolved: AllStreamResolvedEvent): RecordedEvent | undefined {
    if (resolved.event === undefined || isSystemEvent(resolved.event)) return undefined;
    const event = toRecordedEvent(resolved.event);
    return this.position !== undefined && event.position <= this.position ? undefined : event;
  }

  /**
   * A fresh promise per pull rather than a race against one shared "closed" promise, which would
   * keep a reaction alive for every event ever delivered.
   */
  private pull(iterator: AsyncIterator<AllStreamResolvedEvent>): Promise<Pulled> {
    return new Promise<Pulled>((resolve) => {
      this.wake = () => resolve({ kind: 'closed' });
      iterator.next().then(
        (next) =>
          resolve(
            next.done
              ? { kind: 'dropped', error: new Error('EventStoreDB ended the subscription') }
              : { kind: 'event', resolved: next.value },
          ),
        (error: unknown) => resolve({ kind: 'dropped', error }),
      );
    }).finally(() => (this.wake = undefined));
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.wake = undefined));
  }
}

/**
 * Frees the stream at once and cancels the gRPC call in the background: the call may still be
 * connecting to a server that is down, and neither close() nor a retry should wait for that.
 * Both steps are harmless on a stream or call that has already ended.
 */
function release(subscription: AllStreamSubscription): void {
  subscription.destroy();
  void subscription.unsubscribe().catch(() => undefined);
}
