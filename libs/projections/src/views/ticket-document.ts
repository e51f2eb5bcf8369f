import type { SlaState } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

export const TICKETS = 'tickets';

/** A time that sorts after every real due time: "no deadline". */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';
/** The folded domain state of each ticket, which the views evolve; kept apart so lists stay small. */
export const TICKET_STATES = 'ticket_states';
/** One document per ticket and topic, so that tickets of a topic received in a window can be counted. */
export const TICKET_TOPICS = 'ticket_topics';

export interface TicketTopicDocument extends ReadDocument {
  readonly topic: string;
  readonly receivedAt: string;
}

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
  /** When the current assignment was made: routing's round robin gives the next ticket to who waited longest. */
  readonly assignedAt?: string;
  readonly customerId?: string;
  /** The customer's identity for repeats: id, else phone, else email (see customerKey). */
  readonly customerKey?: string;
  /** The earlier ticket this complaint repeats. */
  readonly repeatOf?: string;
  readonly segment?: string;
  /** In the business calendar, under the policy in force; NO_DEADLINE where the policy sets none. */
  readonly responseDueAt: string;
  /** The current cycle's; NO_DEADLINE where the policy sets none or while the clock is paused. */
  readonly resolutionDueAt: string;
  /** The next deadline: the response while none was given, then the resolution; none once resolved. */
  readonly dueAt: string;
  /** The resolution deadline the first resolution was measured against, for the figures. */
  readonly firstResolutionDueAt?: string;
  /** Against the running target, as the recorded SLA facts tell; absent once resolved. */
  readonly slaState?: SlaState;
  /** When the SLA clock should next look at the ticket; NO_DEADLINE when nothing is scheduled. */
  readonly nextSlaCheckAt: string;
  /** The SLA facts still to come, earliest first. */
  readonly slaDeadlines: readonly { kind: string; target?: string; at: string; dueAt: string }[];
  readonly escalatedTo?: string;
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
