import {
  customerKey,
  dueTimes,
  evolveFeedback,
  NO_DEADLINE,
  type FeedbackEvent,
  type Ticket,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { Projection, ViewWriter } from '../projection';
import { toFeedbackEvent } from './feedback-event-of';
import { TICKET_STATES, TICKETS, type TicketDocument } from './ticket-document';

interface StoredState extends ReadDocument {
  readonly ticket: Ticket;
}

const CLOSED_STATUSES = new Set(['resolved', 'closed', 'archived']);

/** The instant an event marks as the ticket's first response, if it is one. */
function responseAt(event: FeedbackEvent): string | undefined {
  switch (event.type) {
    case 'AssignmentAcknowledged':
      return event.data.acknowledgedAt;
    case 'InformationRequested':
      return event.data.requestedAt;
    case 'FeedbackResolved':
      return event.data.resolvedAt;
    default:
      return undefined;
  }
}

function toDocument(
  ticket: Ticket,
  previous: TicketDocument | undefined,
  event: FeedbackEvent,
  revision: number,
): TicketDocument {
  const due = dueTimes(ticket.receivedAt, ticket.classification?.priority);
  const respondedAt = previous?.respondedAt ?? responseAt(event);
  const resolvedAt =
    previous?.resolvedAt ?? (event.type === 'FeedbackResolved' ? event.data.resolvedAt : undefined);
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
    customerId: ticket.customer.id,
    customerKey: customerKey(ticket.customer),
    repeatOf: ticket.repeatOf?.feedbackId,
    segment: ticket.customer.segment,
    ...due,
    dueAt: !open ? NO_DEADLINE : respondedAt ? due.resolutionDueAt : due.responseDueAt,
    respondedAt,
    resolvedAt,
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

/** The ticket list and work queue, one document per ticket, kept current event by event. */
export const ticketsProjection: Projection = {
  name: 'tickets',
  collections: [
    {
      name: TICKETS,
      // Every index costs each write; these serve the queue's filters, the repeat finder (customerKey)
      // and the two compound orders: open tickets by due time, and by age for the backlog.
      indexes: [
        'status',
        'priority',
        'category',
        'department',
        'assignee',
        'customerKey',
        ['open', 'dueAt', 'receivedAt'],
        ['open', 'receivedAt'],
      ],
    },
    { name: TICKET_STATES, indexes: [] },
  ],
  async apply(recorded: RecordedEvent, views: ViewWriter): Promise<void> {
    const event = toFeedbackEvent(recorded);
    if (!event) return;
    const id = recorded.streamId.slice('feedback-'.length);
    const stored = await views.get<StoredState>(TICKET_STATES, id);
    const ticket = evolveFeedback(stored?.ticket, event);
    if (!ticket) return;
    const previous = await views.get<TicketDocument>(TICKETS, id);
    views.put(TICKET_STATES, { id, ticket });
    views.put(TICKETS, stripUndefined(toDocument(ticket, previous, event, recorded.revision)));
  },
};

/** Documents hold no undefined fields, so that every store returns exactly what was written. */
export function stripUndefined<T extends object>(document: T): T {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (value !== undefined) defined[key] = value;
  return defined as T;
}
