import { erasedKeyIds, evolveFeedback, scrubTicket, type SlaRules, type Ticket } from '@ledger/domain';
import { PERSONAL_DATA_KEY, type RecordedEvent } from '@ledger/event-store';
import type { Projection, ViewWriter } from '../projection';
import { toFeedbackEvent } from './feedback-event-of';
import { eraseTicketsOf, noteTicketKey, PERSONAL_DATA_KEYS, type StoredTicketState } from './ticket-erasure';
import { factsOfRow, nextFacts, ticketRow, type TicketRowFacts } from './ticket-row';
import {
  TICKET_STATES,
  TICKET_TOPICS,
  TICKETS,
  type TicketDocument,
  type TicketTopicDocument,
} from './ticket-document';

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
    if (erasedKeys.length > 0) {
      // Erasure rewrites rows in place, so the rows of the batch so far must be written first.
      writeRows(views, rules);
      return eraseTicketsOf(views, erasedKeys);
    }
    const event = toFeedbackEvent(recorded);
    if (!event) return;
    const id = recorded.streamId.slice('feedback-'.length);
    // Nothing can be stored for a ticket before its stream's first event: a rebuild skips one read per ticket.
    const first = recorded.revision === 0;
    const stored = first ? undefined : await views.get<StoredTicketState>(TICKET_STATES, id);
    const keyId = recorded.metadata[PERSONAL_DATA_KEY];
    const receivedErased =
      event.type === 'FeedbackReceived' &&
      typeof keyId === 'string' &&
      (await noteTicketKey(views, keyId, id));
    const erased = stored?.erased === true || receivedErased;
    const evolved = evolveFeedback(stored?.ticket, event);
    if (!evolved) return;
    const ticket = erased ? scrubTicket(evolved) : evolved;
    views.put(TICKET_STATES, { id, ticket, ...(erased && { erased: true }) });
    const changed = changedRows(views);
    const change = changed.get(id) ?? (first ? FIRST_CHANGE : await firstChange(views, id));
    changed.set(id, {
      before: change.before,
      ticket,
      facts: nextFacts(change.facts, ticket, event, rules),
      revision: recorded.revision,
    });
  },
  completeBatch(views: ViewWriter): Promise<void> {
    writeRows(views, rules);
    return Promise.resolve();
  },
});

/** A ticket the batch changed: its row as the batch found it, and where the batch leaves it. */
interface RowChange {
  readonly before: TicketDocument | undefined;
  readonly ticket: Ticket;
  readonly facts: TicketRowFacts;
  readonly revision: number;
}

/** Each batch has its own writer, so a batch that failed leaves nothing behind for the next. */
const changesByBatch = new WeakMap<ViewWriter, Map<string, RowChange>>();

function changedRows(views: ViewWriter): Map<string, RowChange> {
  let changed = changesByBatch.get(views);
  if (!changed) {
    changed = new Map();
    changesByBatch.set(views, changed);
  }
  return changed;
}

const FIRST_CHANGE = { before: undefined, facts: factsOfRow(undefined) };

async function firstChange(views: ViewWriter, id: string): Promise<Omit<RowChange, 'ticket' | 'revision'>> {
  const before = await views.get<TicketDocument>(TICKETS, id);
  return { before, facts: factsOfRow(before) };
}

/** Writes the row of every ticket the batch changed, once each. */
function writeRows(views: ViewWriter, rules: SlaRules): void {
  const changed = changedRows(views);
  for (const [id, { before, ticket, facts, revision }] of changed) {
    const row = ticketRow(ticket, facts, revision, rules);
    views.put(TICKETS, row);
    indexTopics(views, id, before?.topics ?? [], row);
  }
  changed.clear();
}

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
