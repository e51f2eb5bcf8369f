import {
  customerKey,
  slaDueTimes,
  slaSchedule,
  slaStateOf,
  type FeedbackEvent,
  type SlaRules,
  type Ticket,
} from '@ledger/domain';
import { NO_DEADLINE, type TicketDocument } from './ticket-document';

const CLOSED_STATUSES = new Set(['resolved', 'closed', 'archived']);

/**
 * What a ticket's row remembers of the events that led to it, beyond its folded state: these
 * depend on the order of events, so they are carried from event to event.
 */
export interface TicketRowFacts {
  /** First resolution; a reopened and resolved again ticket keeps its first. */
  readonly resolvedAt?: string;
  /** The resolution deadline in force when the ticket was first resolved. */
  readonly firstResolutionDueAt?: string;
  /** Only while closed: a reopened ticket no longer counts as closed. */
  readonly closedAt?: string;
}

export const factsOfRow = (row: TicketDocument | undefined): TicketRowFacts => ({
  resolvedAt: row?.resolvedAt,
  firstResolutionDueAt: row?.firstResolutionDueAt,
  closedAt: row?.closedAt,
});

/** The facts after `event`, which made `ticket`. */
export function nextFacts(
  facts: TicketRowFacts,
  ticket: Ticket,
  event: FeedbackEvent,
  rules: SlaRules,
): TicketRowFacts {
  const firstResolution = event.type === 'FeedbackResolved' && !facts.resolvedAt;
  const closed = ticket.status === 'closed' || ticket.status === 'archived';
  return {
    resolvedAt: facts.resolvedAt ?? (event.type === 'FeedbackResolved' ? event.data.resolvedAt : undefined),
    firstResolutionDueAt:
      facts.firstResolutionDueAt ??
      (firstResolution ? (slaDueTimes(ticket, rules).resolutionDueAt ?? NO_DEADLINE) : undefined),
    closedAt: closed ? (facts.closedAt ?? ticket.updatedAt) : undefined,
  };
}

/**
 * The ticket's row in the list and queues, with its due times and SLA schedule under `rules`.
 * Computing the schedule is the dearest part of projecting a ticket, so it is done once per
 * ticket and batch, from where the batch leaves the ticket.
 */
export function ticketRow(
  ticket: Ticket,
  facts: TicketRowFacts,
  revision: number,
  rules: SlaRules,
): TicketDocument {
  const due = slaDueTimes(ticket, rules);
  const schedule = slaSchedule(ticket, rules, due);
  const responseDueAt = due.responseDueAt ?? NO_DEADLINE;
  const resolutionDueAt = due.resolutionDueAt ?? NO_DEADLINE;
  const respondedAt = ticket.sla.respondedAt;
  const open = !CLOSED_STATUSES.has(ticket.status);
  return stripUndefined({
    id: ticket.id,
    ticketNo: ticket.ticketNo,
    status: ticket.status,
    open,
    channel: ticket.channel,
    summary: ticket.summary,
    receivedAt: new Date(ticket.receivedAt).toISOString(),
    category: ticket.classification?.category,
    topics: ticket.classification?.topics ?? [],
    priority: ticket.classification?.priority,
    severity: ticket.classification?.severity,
    department: ticket.assignment?.department,
    assignee: ticket.assignment?.assignee,
    assignedAt: ticket.assignment?.assignedAt,
    customerId: ticket.customer.id,
    customerKey: customerKey(ticket.customer),
    repeatOf: ticket.repeatOf?.feedbackId,
    segment: ticket.customer.segment,
    responseDueAt,
    resolutionDueAt,
    dueAt: !open || due.paused ? NO_DEADLINE : respondedAt ? resolutionDueAt : responseDueAt,
    firstResolutionDueAt: facts.firstResolutionDueAt,
    slaState: slaStateOf(ticket, rules.policy),
    nextSlaCheckAt: schedule[0]?.at ?? NO_DEADLINE,
    slaDeadlines: schedule.map(({ kind, target, at, dueAt }) => stripUndefined({ kind, target, at, dueAt })),
    escalatedTo: ticket.sla.escalatedTo,
    respondedAt,
    resolvedAt: facts.resolvedAt,
    closedAt: facts.closedAt,
    rating: ticket.satisfaction?.rating,
    score: ticket.satisfaction?.score,
    ratedAt: ticket.satisfaction?.recordedAt,
    reopenCount: ticket.reopenCount,
    updatedAt: ticket.updatedAt,
    revision,
  });
}

/** Documents hold no undefined fields, so that every store returns exactly what was written. */
export function stripUndefined<T extends object>(document: T): T {
  const defined: Record<string, unknown> = {};
  for (const key in document) {
    const value = document[key];
    if (value !== undefined) defined[key] = value;
  }
  return defined as T;
}
