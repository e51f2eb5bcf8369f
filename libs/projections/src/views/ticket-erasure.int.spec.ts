import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERASED, type Ticket } from '@ledger/domain';
import { SqliteReadStore } from '@ledger/read-store';
import { ViewBatch } from '../view-batch';
import { eraseTicketsOf, noteTicketKey, PERSONAL_DATA_KEYS, type StoredTicketState } from './ticket-erasure';
import { TICKET_STATES, TICKETS } from './ticket-document';

const ticket = (id: string): Ticket =>
  ({
    id,
    ticketNo: `CRM2023100${id}`,
    status: 'received',
    channel: 'phone',
    receivedAt: '2023-10-01T01:00:00.000Z',
    customer: { id: 'C-9', phone: '13812345678' },
    content: '客服电话打不通',
    summary: '客服电话打不通',
    tags: [],
    attachments: [],
    reopenCount: 0,
    sla: { cycleStartedAt: '2023-10-01T01:00:00.000Z', pauses: [], recorded: [] },
    updatedAt: '2023-10-01T01:00:00.000Z',
  }) as unknown as Ticket;

describe('erasing the tickets of a customer key in the views', () => {
  let dir: string;
  let store: SqliteReadStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-erasure-view-'));
    store = SqliteReadStore.open(join(dir, 'views.sqlite'));
    await store.define([
      { name: PERSONAL_DATA_KEYS, indexes: [] },
      { name: TICKET_STATES, indexes: [] },
      { name: TICKETS, indexes: [] },
    ]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Applies the steps as one projector batch would, and commits them. */
  async function inBatch(step: (views: ViewBatch) => Promise<void>, position: bigint): Promise<void> {
    const views = new ViewBatch(store);
    await step(views);
    await store.commit({ projector: 'test', position, changes: views.changes() });
  }

  it('reaches every ticket of a customer with hundreds, each noted by rewriting one small chunk', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i).padStart(3, '0'));
    for (const [i, id] of ids.entries()) {
      await inBatch(
        async (views) => {
          expect(await noteTicketKey(views, 'key-1', id)).toBe(false);
          views.put(TICKET_STATES, { id, ticket: ticket(id) });
        },
        BigInt(i + 1),
      );
    }
    const chunk = await store.get<{ id: string; tickets: string[] }>(PERSONAL_DATA_KEYS, 'key-1/2');
    expect(chunk?.tickets).toHaveLength(50);
    await inBatch((views) => eraseTicketsOf(views, ['key-1']), 1000n);
    const states = await store.getMany<StoredTicketState>(TICKET_STATES, ids);
    expect(
      [...states.values()].filter((state) => state.erased && state.ticket.content === ERASED),
    ).toHaveLength(250);
    expect(states.get('249')?.ticket.customer).toEqual({ id: 'C-9', phone: ERASED });
    // A feedback sealed with the key that reaches the views after its erasure is scrubbed at once.
    await inBatch(async (views) => expect(await noteTicketKey(views, 'key-1', 'late')).toBe(true), 1001n);
  });
});
