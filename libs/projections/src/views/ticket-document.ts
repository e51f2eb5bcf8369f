import type { ReadDocument } from '@ledger/read-store';

export const TICKETS = 'tickets';
/** The folded domain state of each ticket, which the views evolve; kept apart so lists stay small. */
export const TICKET_STATES = 'ticket_states';

/** One row of the ticket list: what queues, filters and figures need, flat and indexed. */
export interface TicketDocument extends ReadDocument {
  readonly ticketNo: string;
  readonly status: string;
  readonly open: boolean;
  readonly channel: string;
  readonly summary: string;
  readonly receivedAt: string;
  readonly category?: string;
  readonly topics: readonly string[];
  readonly priority?: string;
  readonly severity?: string;
  readonly department?: string;
  readonly assignee?: string;
  readonly customerId?: string;
  /** The customer's identity for repeats: id, else phone, else email (see customerKey). */
  readonly customerKey?: string;
  /** The earlier ticket this complaint repeats. */
  readonly repeatOf?: string;
  readonly segment?: string;
  readonly responseDueAt: string;
  readonly resolutionDueAt: string;
  /** The next deadline: the response while none was given, then the resolution; none once resolved. */
  readonly dueAt: string;
  /** First response: the first acknowledgement, question to the customer or resolution. */
  readonly respondedAt?: string;
  /** First resolution; a reopened and resolved again ticket keeps its first. */
  readonly resolvedAt?: string;
  readonly closedAt?: string;
  readonly rating?: string;
  readonly score?: number;
  readonly ratedAt?: string;
  readonly reopenCount: number;
  readonly updatedAt: string;
  readonly revision: number;
}
