import { customerKey, scrubTicket, type Ticket } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../projection';
import { TICKET_STATES, TICKETS, type TicketDocument } from './ticket-document';

/** Per customer key, the tickets whose personal data it sealed, and whether it was erased. */
export const PERSONAL_DATA_KEYS = 'personal_data_keys';

interface KeyTicketsDocument extends ReadDocument {
  readonly tickets: readonly string[];
  readonly erased?: true;
}

/** The folded state of a ticket; `erased` once its customer's data was erased, so later events stay scrubbed. */
export interface StoredTicketState extends ReadDocument {
  readonly ticket: Ticket;
  readonly erased?: true;
}

/**
 * Notes that a ticket's personal data is sealed with the key; true when the key was already
 * erased (a feedback that raced its customer's erasure), so the ticket must be scrubbed at once.
 */
export async function noteTicketKey(views: ViewWriter, keyId: string, ticketId: string): Promise<boolean> {
  const known = await views.get<KeyTicketsDocument>(PERSONAL_DATA_KEYS, keyId);
  const tickets = known?.tickets ?? [];
  if (!tickets.includes(ticketId))
    views.put(PERSONAL_DATA_KEYS, { ...known, id: keyId, tickets: [...tickets, ticketId] });
  return known?.erased === true;
}

/**
 * Scrubs every ticket of the erased keys in place: its state and its list row read as a replay
 * of its erased events would, so views kept live equal views rebuilt after the erasure.
 */
export async function eraseTicketsOf(views: ViewWriter, keyIds: readonly string[]): Promise<void> {
  for (const keyId of keyIds) {
    const known = await views.get<KeyTicketsDocument>(PERSONAL_DATA_KEYS, keyId);
    views.put(PERSONAL_DATA_KEYS, { id: keyId, tickets: known?.tickets ?? [], erased: true });
    for (const ticketId of known?.tickets ?? []) await eraseTicket(views, ticketId);
  }
}

async function eraseTicket(views: ViewWriter, ticketId: string): Promise<void> {
  const state = await views.get<StoredTicketState>(TICKET_STATES, ticketId);
  if (!state || state.erased) return;
  const ticket = scrubTicket(state.ticket);
  views.put(TICKET_STATES, { id: ticketId, ticket, erased: true });
  const row = await views.get<TicketDocument>(TICKETS, ticketId);
  if (!row) return;
  const { customerKey: _previous, ...rest } = row;
  const key = customerKey(ticket.customer);
  views.put(TICKETS, { ...rest, summary: ticket.summary, ...(key && { customerKey: key }) });
}
