import Database from 'better-sqlite3';
import {
  SqliteEventStore,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type LogSubscription,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@ledger/event-store';

/**
 * The embedded event store on one file, which a test can close under whoever uses it and open
 * again, as a store that went away and came back: while it is away every call fails as a closed
 * connection does, and subscriptions opened before it went away end with that error.
 */
export class ReopenableEventStore implements EventStore {
  private current: SqliteEventStore;

  constructor(private readonly file: string) {
    this.current = this.open();
  }

  /** Closes the file: the store is gone until `comeBack()`. */
  goAway(): Promise<void> {
    return this.current.close();
  }

  comeBack(): void {
    this.current = this.open();
  }

  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.current.appendToStream(streamId, events, expected);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.current.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.current.readAll(options);
  }

  headPosition(): Promise<bigint> {
    return this.current.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): LogSubscription {
    return this.current.subscribeToAll(options);
  }

  close(): Promise<void> {
    return this.current.close();
  }

  private open(): SqliteEventStore {
    return new SqliteEventStore(new Database(this.file));
  }
}
