import { ANY, isSystemStream, jsonEvent, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type {
  AppendExpectedRevision,
  CurrentRevision,
  EventData as ClientEventData,
  Position,
  RecordedEvent as ClientRecordedEvent,
} from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { NO_REVISION, type ExpectedRevision } from '../expected-revision';

/**
 * Our revisions are numbers, the client's bigints. `NO_REVISION` (-1) is accepted as "no stream",
 * as the SQLite adapter accepts it: it is what a caller holds after loading a stream that is empty.
 */
export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (expected === NO_REVISION) return NO_STREAM;
      if (!Number.isSafeInteger(expected) || expected < NO_REVISION) {
        throw new RangeError(`expected revision must be an integer >= ${NO_REVISION}, got ${expected}`);
      }
      return BigInt(expected);
  }
}

/** The revision a WrongExpectedVersionError reports, in the port's terms: -1 for a missing stream. */
export function fromClientCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? NO_REVISION : Number(current);
}

/**
 * gRPC appends are never part of an explicit transaction, so an event's prepare position equals its
 * commit position and the commit position alone identifies it in $all.
 */
export function toClientPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

/** Events of EventStoreDB itself: `$`-typed (links, stats, metadata) or in `$`-streams. */
export function isSystemEvent(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || isSystemStream(event.streamId);
}

/** Our event id is kept: EventStoreDB deduplicates a retried append by it. */
export function toClientEvent(event: NewEvent): ClientEventData {
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata });
}

export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (event.position === undefined) {
    // Servers before 22.6 leave it out of stream reads; without it no reader can checkpoint.
    throw new Error(`EventStoreDB sent event ${event.id} of ${event.streamId} without its log position`);
  }
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: event.position.commit,
    id: event.id,
    type: event.type,
    data: asRecord(event.data),
    metadata: asRecord(event.metadata),
    createdAt: event.created,
  };
}

/**
 * We write only JSON objects; anything else in the log (binary events, JSON arrays or strings written
 * by another application) is not ours to interpret, so its body is read as empty rather than failing
 * every reader of $all.
 */
function asRecord(value: unknown): Record<string, unknown> {
  const isPlainObject =
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
  return isPlainObject ? (value as Record<string, unknown>) : {};
}
