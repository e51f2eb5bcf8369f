import type { ReadDocument, ReadStore } from '../read-store.port';
import { InvalidCursorError } from '../query-cursor';
import { CheckpointMovedError } from '../checkpoint-moved.error';
import { InvalidFieldError } from '../field-name';

export interface ReadStoreUnderTest {
  readonly store: ReadStore;
  dispose(): Promise<void>;
}

interface Ticket extends ReadDocument {
  status: string;
  priority: string;
  dueAt: string;
  age: number;
  vip: boolean;
  department?: string;
}

const tickets: Ticket[] = [
  {
    id: 't1',
    status: 'assigned',
    priority: 'P1',
    dueAt: '2023-10-01T02:00:00Z',
    age: 5,
    vip: true,
    department: 'Tech',
  },
  { id: 't2', status: 'in_progress', priority: 'P2', dueAt: '2023-10-02T02:00:00Z', age: 3, vip: false },
  { id: 't3', status: 'received', priority: 'P3', dueAt: '2023-10-01T02:00:00Z', age: 9, vip: false },
  {
    id: 't4',
    status: 'assigned',
    priority: 'P2',
    dueAt: '2023-10-05T00:00:00Z',
    age: 1,
    vip: true,
    department: 'Tech',
  },
  { id: 't5', status: 'resolved', priority: 'P4', dueAt: '9999-12-31T00:00:00Z', age: 7, vip: false },
];

/**
 * The behaviour every ReadStore adapter must show. Collection and projector names are unique per
 * run (`prefix`), so a shared server can hold several runs at once.
 */
export function describeReadStoreContract(
  adapterName: string,
  open: () => Promise<ReadStoreUnderTest>,
): void {
  describe(`ReadStore contract: ${adapterName}`, () => {
    let subject: ReadStoreUnderTest;
    let store: ReadStore;
    let collection: string;
    let projector: string;
    let position = 0n;

    const put = (...docs: ReadDocument[]) =>
      store.commit({
        projector,
        position: ++position,
        changes: docs.map((document) => ({ collection, id: document.id, document })),
      });

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
      const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      collection = `tickets_${run}`;
      projector = `projector_${run}`;
      await store.define([
        { name: collection, indexes: ['status', 'priority', 'dueAt', ['status', 'dueAt']] },
      ]);
      await put(...tickets);
    });
    afterEach(async () => {
      await store.reset(projector, [collection]);
      await subject.dispose();
    });

    it('gets documents by id, and nothing for an unknown id', async () => {
      expect(await store.get(collection, 't1')).toEqual(tickets[0]);
      expect(await store.get(collection, 'nope')).toBeUndefined();
      const many = await store.getMany<Ticket>(collection, ['t2', 'nope', 't4']);
      expect([...many.keys()].sort()).toEqual(['t2', 't4']);
      expect(many.get('t4')).toEqual(tickets[3]);
    });

    it('filters on equality, sets and ranges, also on fields without an index', async () => {
      const ids = async (filter: Parameters<ReadStore['query']>[1]) =>
        (await store.query<Ticket>(collection, filter)).items.map((t) => t.id).sort();
      expect(await ids({ filter: { status: 'assigned' } })).toEqual(['t1', 't4']);
      expect(await ids({ filter: { priority: { in: ['P1', 'P3'] } } })).toEqual(['t1', 't3']);
      expect(await ids({ filter: { age: { gte: 3, lt: 7 } } })).toEqual(['t1', 't2']);
      expect(await ids({ filter: { vip: true, status: 'assigned' } })).toEqual(['t1', 't4']);
      expect(await ids({ filter: { department: 'Tech', priority: 'P2' } })).toEqual(['t4']);
      expect(await ids({ filter: { dueAt: { lte: '2023-10-01T02:00:00Z' } } })).toEqual(['t1', 't3']);
      expect(await ids({ filter: { status: { in: [] } } })).toEqual([]);
      expect(await store.count(collection, { vip: false })).toBe(3);
      expect(await store.count(collection)).toBe(5);
    });

    it('serves a filter and sort over a compound index', async () => {
      const page = await store.query<Ticket>(collection, {
        filter: { status: 'assigned' },
        sort: [{ field: 'dueAt', direction: 'desc' }],
      });
      expect(page.items.map((t) => t.id)).toEqual(['t4', 't1']);
    });

    it('sorts by several keys, then by id', async () => {
      const page = await store.query<Ticket>(collection, {
        sort: [
          { field: 'dueAt', direction: 'asc' },
          { field: 'age', direction: 'desc' },
        ],
      });
      expect(page.items.map((t) => t.id)).toEqual(['t3', 't1', 't2', 't4', 't5']);
      expect(page.next).toBeUndefined();
    });

    it('pages with a cursor, without gaps or repeats, also while documents change', async () => {
      const sort = [{ field: 'dueAt', direction: 'asc' as const }];
      const first = await store.query<Ticket>(collection, { sort, limit: 2 });
      expect(first.items.map((t) => t.id)).toEqual(['t1', 't3']);
      expect(first.next).toBeDefined();
      await put({ ...tickets[0], age: 99 });
      const second = await store.query<Ticket>(collection, { sort, limit: 2, after: first.next });
      expect(second.items.map((t) => t.id)).toEqual(['t2', 't4']);
      const third = await store.query<Ticket>(collection, { sort, limit: 2, after: second.next });
      expect(third.items.map((t) => t.id)).toEqual(['t5']);
      expect(third.next).toBeUndefined();
      await expect(store.query(collection, { sort, after: 'garbage' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });

    it('commits changes and checkpoint together, and ignores a batch at or below the checkpoint', async () => {
      expect(await store.checkpoint(projector)).toBe(position);
      await store.commit({
        projector,
        position: position + 10n,
        changes: [
          { collection, id: 't5', document: null },
          {
            collection,
            id: 't6',
            document: { id: 't6', status: 'received', priority: 'P4', dueAt: 'x', age: 0 },
          },
        ],
      });
      expect(await store.get(collection, 't5')).toBeUndefined();
      expect(await store.checkpoint(projector)).toBe(position + 10n);

      await store.commit({
        projector,
        position: position + 10n,
        changes: [
          {
            collection,
            id: 't7',
            document: { id: 't7', status: 'received', priority: 'P4', dueAt: 'x', age: 0 },
          },
        ],
      });
      expect(await store.get(collection, 't7')).toBeUndefined();
      expect(await store.count(collection)).toBe(5);
    });

    it('refuses, changing nothing, a batch built on a checkpoint another writer has moved', async () => {
      const at = (await store.checkpoint(projector)) ?? null;
      const next = (at ?? 0n) + 5n;
      const doc = (id: string) => ({
        collection,
        id,
        document: { id, status: 'received', priority: 'P4', dueAt: 'x', age: 0 },
      });
      await store.commit({ projector, position: next, continuesFrom: at, changes: [doc('w1')] });
      const stale = store.commit({ projector, position: next + 3n, continuesFrom: at, changes: [doc('w2')] });
      await expect(stale).rejects.toThrow(CheckpointMovedError);
      await expect(stale).rejects.toMatchObject({ expected: at, actual: next });
      expect(await store.get(collection, 'w2')).toBeUndefined();
      expect(await store.checkpoint(projector)).toBe(next);
      await store.commit({ projector, position: next + 3n, continuesFrom: next, changes: [doc('w2')] });
      expect(await store.get(collection, 'w2')).toBeDefined();
      position = next + 3n;
    });

    it('keeps positions beyond 2^53 exactly', async () => {
      const big = 2n ** 62n + 7n;
      await store.commit({ projector, position: big, changes: [] });
      expect(await store.checkpoint(projector)).toBe(big);
    });

    it('resets collections and checkpoint for a rebuild', async () => {
      await store.reset(projector, [collection]);
      expect(await store.count(collection)).toBe(0);
      expect(await store.checkpoint(projector)).toBeUndefined();
      position = 0n;
      await put(tickets[0]);
      expect(await store.count(collection)).toBe(1);
    });

    it('reads only the parts asked for, with the id and the sort fields', async () => {
      const counters = {
        response: { priority: { P1: { handled: 2 } }, department: { Tech: { handled: 1 } } },
        resolution: { priority: { P2: { handled: 1 } } },
      };
      await put({ id: 'n1', status: 'nested', dueAt: '2023-10-01T00:00:00Z', age: 1, counters });
      const { items } = await store.query(collection, {
        filter: { status: 'nested' },
        sort: [{ field: 'dueAt', direction: 'asc' }],
        fields: ['counters.response.priority', 'counters.resolution.priority', 'missing.part'],
      });
      expect(items).toEqual([
        {
          id: 'n1',
          dueAt: '2023-10-01T00:00:00Z',
          counters: { response: { priority: counters.response.priority }, resolution: counters.resolution },
        },
      ]);
      await expect(store.query(collection, { fields: ['counters.not-a-name'] })).rejects.toThrow(
        InvalidFieldError,
      );
    });

    it('stores unicode and nested values as they were', async () => {
      const doc = { id: 'u1', title: '客服未在24小時內回復', nested: { list: [1, 'two', null], ok: true } };
      await put(doc);
      expect(await store.get(collection, 'u1')).toEqual(doc);
    });
  });
}
