import type { Ticket } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

/** A ticket with the revision it is at (the ETag clients send back in If-Match). */
export interface TicketView {
  readonly ticket: Ticket;
  readonly revision: number;
  readonly position: string;
  readonly asOf?: string;
}

export interface HistoryEntry {
  readonly revision: number;
  readonly position: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: RecordedEvent['data'];
  readonly metadata: RecordedEvent['metadata'];
}

export const toHistoryEntry = (event: RecordedEvent): HistoryEntry => ({
  revision: event.revision,
  position: event.position.toString(),
  type: event.type,
  recordedAt: event.createdAt.toISOString(),
  data: event.data,
  metadata: event.metadata,
});
