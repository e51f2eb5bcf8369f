import { customerKey, scrubTicket, type Ticket } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../projection';
import { TICKET_STATES, TICKETS, type TicketDocument } from './ticket-document';

/**
 * Per customer key, the tickets whose personal data it sealed, and whether it was erased. A
 * customer may have thousands of tickets, so the list is kept in chunks: the head document
 * counts them, and each ticket is added by rewriting one small chunk.
 */
export const PERSONAL_DATA_KEYS = 'personal_data_keys';
const CHUNK = 100;

interface KeyDocument extends ReadDocument {
  readonly chunks: number;
  readonly erased?: true;
}

interface ChunkDocument extends ReadDocument {
  readonly tickets: readonly string[];
}

const chunkId = (keyId: string, index: number) => `${keyId}/${index}`;

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
  const key = (await views.get<KeyDocument>(PERSONAL_DATA_KEYS, keyId)) ?? { id: keyId, chunks: 0 };
  const last =
    key.chunks > 0
      ? await views.get<ChunkDocument>(PERSONAL_DATA_KEYS, chunkId(keyId, key.chunks - 1))
      : undefined;
  // A replayed receipt is already in the last chunk: tickets are noted in log order.
  if (!last?.tickets.includes(ticketId)) {
    if (last && last.tickets.length < CHUNK) {
      views.put(PERSONAL_DATA_KEYS, { ...last, tickets: [...last.tickets, ticketId] });
    } else {
      views.put(PERSONAL_DATA_KEYS, { id: chunkId(keyId, key.chunks), tickets: [ticketId] });
      views.put(PERSONAL_DATA_KEYS, { ...key, chunks: key.chunks + 1 });
    }
  }
  return key.erased === true;
}

/**
 * Scrubs every ticket of the erased keys in place: its state and its list row read as a replay
 * of its erased events would, so views kept live equal views rebuilt after the erasure.
 */
export async function eraseTicketsOf(views: ViewWriter, keyIds: readonly string[]): Promise<void> {
  for (const keyId of keyIds) {
    const key = (await views.get<KeyDocument>(PERSONAL_DATA_KEYS, keyId)) ?? { id: keyId, chunks: 0 };
    views.put(PERSONAL_DATA_KEYS, { ...key, erased: true });
    for (let index = 0; index < key.chunks; index++) {
      const chunk = await views.get<ChunkDocument>(PERSONAL_DATA_KEYS, chunkId(keyId, index));
      for (const ticketId of chunk?.tickets ?? []) await eraseTicket(views, ticketId);
    }
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
