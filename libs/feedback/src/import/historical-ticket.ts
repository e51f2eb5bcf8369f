import type { Category, Channel, Priority, Rating, Status } from '@ledger/domain';

/**
 * A row of the record table as the ledger understands it, every value checked: what decideHistory
 * turns into the events a live ticket would have. Instants are ISO-8601 in UTC.
 */
export interface HistoricalTicket {
  readonly ticketNo: string;
  readonly submittedAt: string;
  readonly customer?: string;
  readonly channel: Channel;
  /** The record's summary is all it says of the feedback: it becomes the content. */
  readonly summary: string;
  readonly category?: Category;
  readonly priority?: Priority;
  readonly handler?: string;
  /** How far the ticket got: the progress column, else the furthest the other columns allow. */
  readonly status: Status;
  readonly solution?: string;
  /** Submit time plus the handling time. */
  readonly resolvedAt?: string;
  readonly satisfaction?: Rating;
  readonly archivedAt?: string;
}
