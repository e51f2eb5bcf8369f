import type { ExpectedRevision } from './expected-revision';

/** JSON-serialisable payload of an event. */
export type EventData = Record<string, unknown>;

/** Metadata recorded beside an event; `$correlationId` and `$causationId` use EventStoreDB's names. */
export type EventMetadata = Record<string, unknown>;

export interface NewEvent {
  /** A UUID; derived from the command id so that a retried command appends nothing new. */
  readonly id: string;
  readonly type: string;
  readonly data: EventData;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent {
  readonly streamId: string;
  /** 0-based position of the event inside its stream. */
  readonly revision: number;
  /** Position in the global log; strictly increasing in log order. */
  readonly position: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: EventData;
  readonly metadata: EventMetadata;
  readonly createdAt: Date;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: the expected revision of the next append. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended (or found, for an idempotent retry). */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** First revision to read, inclusive. Default 0. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; omit to read from the start of the log. */
  readonly after?: bigint;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; omit to start from the beginning. */
  readonly after?: bigint;
}

/** A catch-up subscription: first the stored events, then live ones, in log order. */
export interface LogSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/**
 * The event store port. Every adapter passes the shared contract suite in `contract/`.
 * Reads of a missing stream return no events; an append whose expected revision does not hold
 * rejects with `WrongExpectedRevisionError`, and an append of event ids already stored at the
 * same place is an idempotent success.
 */
export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the last event in the log, 0 when the log is empty: what a reader must catch up with to see everything. */
  headPosition(): Promise<bigint>;
  subscribeToAll(options?: SubscribeOptions): LogSubscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
