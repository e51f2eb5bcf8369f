import Database from 'better-sqlite3';
import { asStoreUnavailable, sqliteWriteFault } from '@ledger/read-store';
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
import { expectationHolds, NO_REVISION, type ExpectedRevision } from '../expected-revision';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { ChangeSignal } from './change-signal';
import { prepareEventSchema, type EventRow } from './sqlite-event-schema';
import { SqliteLogSubscription } from './sqlite-log-subscription';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

export interface SqliteEventStoreOptions {
  /** How often an idle subscription looks for events written by another process. */
  readonly pollIntervalMs?: number;
}

const MAX_ROWS = Number.MAX_SAFE_INTEGER;

/**
 * The embedded event store: one SQLite file. Appends that arrive in the same turn of the event
 * loop are group-committed in one durable transaction, each inside its own savepoint, so one
 * append's conflict never fails its neighbours and a batch costs one fsync. A full disk or a
 * read-only file fails the whole batch instead, as a StoreUnavailableError: nothing of it is kept.
 */
export class SqliteEventStore implements EventStore {
  private readonly signal: ChangeSignal;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly statements;
  private readonly commitBatch;
  private readonly appendInSavepoint;

  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    return new SqliteEventStore(new Database(file), options);
  }

  constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    prepareEventSchema(db);
    this.signal = new ChangeSignal(options.pollIntervalMs ?? 200);
    this.statements = {
      lastRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?').pluck(),
      byEventId: db
        .prepare('SELECT stream_id, revision, position FROM events WHERE event_id = ?')
        .safeIntegers(),
      insert: db.prepare(
        `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      readStream: db
        .prepare('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?')
        .safeIntegers(),
      head: db.prepare('SELECT MAX(position) FROM events').pluck().safeIntegers(),
      readAll: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?').safeIntegers(),
    };
    this.appendInSavepoint = db.transaction((append: PendingAppend, now: number) =>
      this.appendOne(append, now),
    );
    this.commitBatch = db.transaction((batch: PendingAppend[]): Outcome[] => {
      const now = Date.now();
      return batch.map((append) => {
        try {
          return { ok: true, result: this.appendInSavepoint(append, now) };
        } catch (error) {
          // SQLite may have rolled back the whole transaction on such a fault, appends before this
          // one included: only failing the batch keeps the answers true to what is stored.
          if (sqliteWriteFault(error)) throw error;
          return { ok: false, error };
        }
      });
    });
  }

  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readStream.all(
      streamId,
      options.fromRevision ?? 0,
      options.maxCount ?? MAX_ROWS,
    ) as EventRow[];
    return Promise.resolve(rows.map(toRecordedEvent));
  }

  headPosition(): Promise<bigint> {
    return Promise.resolve((this.statements.head.get() as bigint | null) ?? 0n);
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return Promise.resolve(this.readAllNow(options.after, options.maxCount ?? MAX_ROWS));
  }

  subscribeToAll(options: SubscribeOptions = {}): LogSubscription {
    return new SqliteLogSubscription((after, max) => this.readAllNow(after, max), this.signal, options.after);
  }

  close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    this.signal.notify();
    this.db.close();
    return Promise.resolve();
  }

  private readAllNow(after: bigint | undefined, maxCount: number): RecordedEvent[] {
    const rows = this.statements.readAll.all(after ?? 0n, maxCount) as EventRow[];
    return rows.map(toRecordedEvent);
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.flushScheduled = false;
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.commitBatch.immediate(batch);
    } catch (error) {
      const failure = asStoreUnavailable('event store', error);
      for (const append of batch) append.reject(failure);
      return;
    }
    outcomes.forEach((outcome, i) =>
      outcome.ok ? batch[i].resolve(outcome.result) : batch[i].reject(outcome.error),
    );
    this.signal.notify();
  }

  private appendOne(append: PendingAppend, now: number): AppendResult {
    const { streamId, events, expected } = append;
    const current = (this.statements.lastRevision.get(streamId) as number | null) ?? NO_REVISION;
    const retried = events.length > 0 ? this.findRetried(append) : undefined;
    if (retried) return retried;
    if (!expectationHolds(expected, current))
      throw new WrongExpectedRevisionError(streamId, expected, current);
    if (events.length === 0) return { nextExpectedRevision: current, position: 0n };
    let position = 0n;
    events.forEach((event, i) => {
      const info = this.statements.insert.run(
        streamId,
        current + 1 + i,
        event.id,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        now,
      );
      position = BigInt(info.lastInsertRowid);
    });
    return { nextExpectedRevision: current + events.length, position };
  }

  /**
   * As in EventStoreDB: an append whose event ids are already stored, in that order, where the
   * expected revision puts them, succeeds without writing; ids stored anywhere else conflict.
   */
  private findRetried(append: PendingAppend): AppendResult | undefined {
    const stored = append.events.map(
      (event) =>
        this.statements.byEventId.get(event.id) as
          Pick<EventRow, 'stream_id' | 'revision' | 'position'> | undefined,
    );
    if (stored.every((row) => row === undefined)) return undefined;
    const first = stored[0];
    const firstRevision = first ? Number(first.revision) : NO_REVISION;
    const inPlace =
      first !== undefined &&
      stored.every(
        (row, i) => row?.stream_id === append.streamId && Number(row.revision) === firstRevision + i,
      ) &&
      (typeof append.expected !== 'number' || append.expected + 1 === firstRevision) &&
      (append.expected !== 'no_stream' || firstRevision === 0);
    if (!inPlace) {
      const current = (this.statements.lastRevision.get(append.streamId) as number | null) ?? NO_REVISION;
      throw new WrongExpectedRevisionError(append.streamId, append.expected, current);
    }
    const last = stored[stored.length - 1]!;
    return { nextExpectedRevision: Number(last.revision), position: last.position };
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: row.position,
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as RecordedEvent['data'],
    metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
    createdAt: new Date(Number(row.created_at)),
  };
}
