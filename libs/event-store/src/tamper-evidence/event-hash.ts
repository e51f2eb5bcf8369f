import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json';

/** The metadata fields of the chain: the hash of the stream's previous event, and the event's own. */
export const PREVIOUS_HASH = 'prevHash';
export const EVENT_HASH = 'hash';

/** What the hash covers: the event's place (stream and revision), identity, type, data and metadata. */
type Hashed = Pick<NewEvent, 'id' | 'type' | 'data' | 'metadata'>;

/**
 * SHA-256 over the canonical JSON of the event at its place, with every metadata field except the
 * hash itself: the previous hash among them, which links the event to its predecessor.
 */
export function eventHash(streamId: string, revision: number, event: Hashed): string {
  const { [EVENT_HASH]: _own, ...metadata } = event.metadata;
  const { id, type, data } = event;
  return createHash('sha256')
    .update(canonicalJson({ streamId, revision, id, type, data, metadata }))
    .digest('hex');
}

/** The event as it is to be stored at `revision`, chained to the event whose hash is `previous`. */
export function chainEvent(
  streamId: string,
  revision: number,
  event: NewEvent,
  previous: string | null,
): NewEvent {
  const metadata: EventMetadata = { ...event.metadata, [PREVIOUS_HASH]: previous };
  return {
    ...event,
    metadata: { ...metadata, [EVENT_HASH]: eventHash(streamId, revision, { ...event, metadata }) },
  };
}

/** The hash an event was stored with; undefined for an event written before the chain existed. */
export function storedHash(event: RecordedEvent): string | undefined {
  const hash = event.metadata[EVENT_HASH];
  return typeof hash === 'string' ? hash : undefined;
}
