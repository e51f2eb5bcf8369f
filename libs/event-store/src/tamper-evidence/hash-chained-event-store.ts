import type {
  AppendResult,
  EventStore,
  LogSubscription,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';
import { NO_REVISION, type ExpectedRevision } from '../expected-revision';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { chainEvent, EVENT_HASH, storedHash } from './event-hash';

/** Streams whose last known hash is kept: enough for the tickets being worked at once. */
const KNOWN_HEADS = 10_000;
/** `any` and `stream_exists` appends become exact ones; this many tries under contention. */
const MAX_ATTEMPTS = 10;

interface Head {
  readonly revision: number;
  readonly hash: string | null;
}

/**
 * Any event store, with every appended event chained to its predecessor in the stream (SPEC §11):
 * its metadata carries the previous event's hash and its own. The chain must link each event to
 * the one really stored before it, so every append names the exact revision it follows; `any` and
 * `stream_exists` are turned into exact appends, retried under contention. The previous hash comes
 * from the last read of the stream (a command reads its stream before appending) or from reading
 * that one event.
 */
export class HashChainedEventStore implements EventStore {
  private readonly heads = new Map<string, Head>();

  constructor(private readonly inner: EventStore) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (typeof expectedRevision === 'number' || expectedRevision === 'no_stream') {
      const after = expectedRevision === 'no_stream' ? NO_REVISION : expectedRevision;
      return this.appendAfter(streamId, events, await this.head(streamId, after), expectedRevision);
    }
    for (let attempt = 1; ; attempt++) {
      const head = await this.lastHead(streamId);
      if (expectedRevision === 'stream_exists' && head.revision === NO_REVISION) {
        throw new WrongExpectedRevisionError(streamId, expectedRevision, NO_REVISION);
      }
      try {
        return await this.appendAfter(
          streamId,
          events,
          head,
          head.revision === NO_REVISION ? 'no_stream' : head.revision,
        );
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamId, options);
    const last = events[events.length - 1];
    if (last) this.remember(streamId, { revision: last.revision, hash: storedHash(last) ?? null });
    return events;
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): LogSubscription {
    return this.inner.subscribeToAll(options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async appendAfter(
    streamId: string,
    events: readonly NewEvent[],
    head: Head,
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const chained: NewEvent[] = [];
    let previous = head.hash;
    for (const [i, event] of events.entries()) {
      const next = chainEvent(streamId, head.revision + 1 + i, event, previous);
      chained.push(next);
      previous = next.metadata[EVENT_HASH] as string;
    }
    // Forgotten before appending: an idempotent retry succeeds without storing these hashes, so
    // the next append learns the stored ones by reading.
    this.heads.delete(streamId);
    return this.inner.appendToStream(streamId, chained, expected);
  }

  /** The hash of the event at `revision`, which the append is to follow. */
  private async head(streamId: string, revision: number): Promise<Head> {
    if (revision === NO_REVISION) return { revision, hash: null };
    const known = this.heads.get(streamId);
    if (known?.revision === revision) return known;
    const [event] = await this.inner.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    // Chaining to a guessed predecessor would break the chain: refuse as the store would.
    if (!event)
      throw new WrongExpectedRevisionError(streamId, revision, (await this.lastHead(streamId)).revision);
    return { revision, hash: storedHash(event) ?? null };
  }

  /** The stream's last event, for appends that do not name a revision; rare, so it reads the stream. */
  private async lastHead(streamId: string): Promise<Head> {
    const events = await this.inner.readStream(streamId);
    const last = events[events.length - 1];
    return last
      ? { revision: last.revision, hash: storedHash(last) ?? null }
      : { revision: NO_REVISION, hash: null };
  }

  private remember(streamId: string, head: Head): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > KNOWN_HEADS) this.heads.delete(this.heads.keys().next().value as string);
  }
}
