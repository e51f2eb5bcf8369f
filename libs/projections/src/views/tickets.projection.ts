import {
  customerKey,
  erasedKeyIds,
  evolveFeedback,
  scrubTicket,
  slaDueTimes,
  slaSchedule,
  slaStateOf,
  type FeedbackEvent,
  type SlaRules,
  type Ticket,
} from '@ledger/domain';
import { PERSONAL_DATA_KEY, type RecordedEvent } from '@ledger/event-store';
import type { Projection, ViewWriter } from '../projection';
import { toFeedbackEvent } from './feedback-event-of';
import { eraseTicketsOf, noteTicketKey, PERSONAL_DATA_KEYS, type StoredTicketState } from './ticket-erasure';
import {
  NO_DEADLINE,
  TICKET_STATES,
  TICKET_TOPICS,
  TICKETS,
  type TicketDocument,
  type TicketTopicDocument,
} from './ticket-document';

const CLOSED_STATUSES = new Set(['resolved', 'closed', 'archived']);

function toDocument(
  ticket: Ticket,
  previous: TicketDocument | undefined,
  event: FeedbackEvent,
  revision: number,
  rules: SlaRules,
): TicketDocument {
  const due = slaDueTimes(ticket, rules);
  const schedule = slaSchedule(ticket, rules, due);
  const responseDueAt = due.responseDueAt ?? NO_DEADLINE;
  const resolutionDueAt = due.resolutionDueAt ?? NO_DEADLINE;
  const respondedAt = ticket.sla.respondedAt;
  const firstResolution = event.type === 'FeedbackResolved' && !previous?.resolvedAt;
  const open = !CLOSED_STATUSES.has(ticket.status);
  return {
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
    firstResolutionDueAt: previous?.firstResolutionDueAt ?? (firstResolution ? resolutionDueAt : undefined),
    slaState: slaStateOf(ticket, rules.policy),
    nextSlaCheckAt: schedule[0]?.at ?? NO_DEADLINE,
    slaDeadlines: schedule.map(({ kind, target, at, dueAt }) => stripUndefined({ kind, target, at, dueAt })),
    escalatedTo: ticket.sla.escalatedTo,
    respondedAt,
    resolvedAt:
      previous?.resolvedAt ?? (event.type === 'FeedbackResolved' ? event.data.resolvedAt : undefined),
    // Only while closed: a reopened ticket no longer counts as closed.
    closedAt:
      ticket.status === 'closed' || ticket.status === 'archived'
        ? (previous?.closedAt ?? ticket.updatedAt)
        : undefined,
    rating: ticket.satisfaction?.rating,
    score: ticket.satisfaction?.score,
    ratedAt: ticket.satisfaction?.recordedAt,
    reopenCount: ticket.reopenCount,
    updatedAt: ticket.updatedAt,
    revision,
  };
}

/**
 * The ticket list and work queue, one document per ticket, kept current event by event, with its
 * due times and SLA schedule under `rules`.
 */
export const ticketsProjection = (rules: SlaRules): Projection => ({
  name: 'tickets',
  collections: [
    {
      name: TICKETS,
      // Every index costs each write; these serve the queue's filters, the repeat finder (customerKey), agents' workload (assignee),
      // spike counts (category by receipt time) and the two compound orders: open tickets by due time, and by age for the backlog.
      indexes: [
        'status',
        'priority',
        ['category', 'receivedAt'],
        'department',
        ['assignee', 'assignedAt'],
        'customerKey',
        'slaState',
        'nextSlaCheckAt',
        ['open', 'dueAt', 'receivedAt'],
        ['open', 'receivedAt'],
      ],
    },
    { name: TICKET_STATES, indexes: [] },
    { name: PERSONAL_DATA_KEYS, indexes: [] },
    { name: TICKET_TOPICS, indexes: [['topic', 'receivedAt']] },
  ],
  async apply(recorded: RecordedEvent, views: ViewWriter): Promise<void> {
    const erasedKeys = erasedKeyIds(recorded.type, recorded.data);
    if (erasedKeys.length > 0) return eraseTicketsOf(views, erasedKeys);
    const event = toFeedbackEvent(recorded);
    if (!event) return;
    const id = recorded.streamId.slice('feedback-'.length);
    const stored = await views.get<StoredTicketState>(TICKET_STATES, id);
    const keyId = recorded.metadata[PERSONAL_DATA_KEY];
    const receivedErased =
      event.type === 'FeedbackReceived' &&
      typeof keyId === 'string' &&
      (await noteTicketKey(views, keyId, id));
    const erased = stored?.erased === true || receivedErased;
    const evolved = evolveFeedback(stored?.ticket, event);
    if (!evolved) return;
    const ticket = erased ? scrubTicket(evolved) : evolved;
    const previous = await views.get<TicketDocument>(TICKETS, id);
    views.put(TICKET_STATES, { id, ticket, ...(erased && { erased: true }) });
    const document = stripUndefined(toDocument(ticket, previous, event, recorded.revision, rules));
    views.put(TICKETS, document);
    indexTopics(views, id, previous?.topics ?? [], document);
  },
});

/** Keeps one topic document per topic the ticket has now, dropping those it no longer has. */
function indexTopics(views: ViewWriter, id: string, before: readonly string[], ticket: TicketDocument): void {
  const now = new Set(ticket.topics);
  for (const topic of before) if (!now.has(topic)) views.delete(TICKET_TOPICS, `${id}/${topic}`);
  for (const topic of now) {
    if (before.includes(topic)) continue;
    const document: TicketTopicDocument = { id: `${id}/${topic}`, topic, receivedAt: ticket.receivedAt };
    views.put(TICKET_TOPICS, document);
  }
}

/** Documents hold no undefined fields, so that every store returns exactly what was written. */
export function stripUndefined<T extends object>(document: T): T {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (value !== undefined) defined[key] = value;
  return defined as T;
}
