import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type {
  AllStreamResolvedEvent,
  AppendResult as ClientAppendResult,
  ReadPosition,
} from '@eventstore/db-client';
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
import type { ExpectedRevision } from '../expected-revision';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { EventStoreDbLogSubscription, type SubscriptionRetryOptions } from './eventstoredb-log-subscription';
import {
  fromClientCurrentRevision,
  isSystemEvent,
  toClientEvent,
  toClientExpectedRevision,
  toClientPosition,
  toRecordedEvent,
} from './eventstoredb-mapping';

export interface EventStoreDbEventStoreOptions {
  /** How subscriptions to $all come back after a drop. */
  readonly subscriptionRetry?: SubscriptionRetryOptions;
}

/** Events read from $all per request; bounds memory when a reader asks for the whole log. */
const READ_ALL_PAGE_SIZE = 512;

/**
 * The event store on EventStoreDB. Revisions, expected revisions and idempotent retries are
 * EventStoreDB's own, so this adapter only translates; positions are commit positions in $all.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbLogSubscription>();

  static fromConnectionString(
    connectionString: string,
    options: EventStoreDbEventStoreOptions = {},
  ): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    let result: ClientAppendResult;
    try {
      result = await this.client.appendToStream(streamId, events.map(toClientEvent), {
        expectedRevision: toClientExpectedRevision(expectedRevision),
      });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(
          streamId,
          expectedRevision,
          fromClientCurrentRevision(error.actualVersion),
        );
      }
      throw error;
    }
    if (!result.success) {
      // Only a client built with throwOnAppendFailure=false gets here; its batch-append path reports
      // the current revision wrongly (a boolean turned into 1n), so the actual revision is left unknown.
      throw new WrongExpectedRevisionError(streamId, expectedRevision, undefined);
    }
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    // The server leaves the position out when it cannot tell it, as older servers do for an
    // idempotent retry; the port promises the position of the last event, so we look it up.
    const position = result.position?.commit ?? (await this.positionOf(streamId, nextExpectedRevision));
    return { nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { fromRevision = 0, maxCount } = options;
    if (maxCount !== undefined && maxCount <= 0) return [];
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        fromRevision: BigInt(fromRevision),
        maxCount,
      })) {
        if (resolved.event !== undefined) events.push(toRecordedEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /**
   * Version 6.2 of the client sends no filter with a read of $all, so system events are dropped
   * here, page by page. A page starts at the last position seen, which EventStoreDB reads
   * inclusively, so the event at that position is skipped.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after, maxCount = Infinity } = options;
    const events: RecordedEvent[] = [];
    let cursor = after;
    while (events.length < maxCount) {
      const pageSize = Math.min(READ_ALL_PAGE_SIZE, maxCount - events.length + 1);
      const from: ReadPosition = cursor === undefined ? START : toClientPosition(cursor);
      const page = await this.readAllPage(from, pageSize);
      for (const { event } of page) {
        if (event === undefined) continue;
        const position = event.position.commit;
        if (cursor !== undefined && position <= cursor) continue;
        cursor = position;
        if (isSystemEvent(event)) continue;
        events.push(toRecordedEvent(event));
        if (events.length >= maxCount) break;
      }
      if (page.length < pageSize) break;
    }
    return events;
  }

  /** Reads $all backwards from its end, past any system events written after the last of ours. */
  async headPosition(): Promise<bigint> {
    for await (const { event } of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: READ_ALL_PAGE_SIZE,
    })) {
      if (event && !isSystemEvent(event)) return event.position.commit;
    }
    return 0n;
  }

  subscribeToAll(options: SubscribeOptions = {}): LogSubscription {
    const subscription = new EventStoreDbLogSubscription(
      (after) =>
        this.client.subscribeToAll({
          fromPosition: after === undefined ? START : toClientPosition(after),
          // The server skips system events; the subscription still checks each event it gets.
          filter: excludeSystemEvents(),
        }),
      options.after,
      this.options.subscriptionRetry,
    );
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** Subscriptions are closed first: on a disposed client they would only drop and retry forever. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.subscriptions.clear();
    await this.client.dispose();
  }

  private async readAllPage(from: ReadPosition, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: from, maxCount })) page.push(resolved);
    return page;
  }

  /** Log position of the event at `revision`; 0 when the stream has none, as after an empty append. */
  private async positionOf(streamId: string, revision: number): Promise<bigint> {
    if (revision < 0) return 0n;
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (event === undefined)
      throw new Error(`event ${revision} of ${streamId} vanished right after its append`);
    return event.position;
  }
}
