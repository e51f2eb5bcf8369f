import { decodeCursor, encodeCursor, InvalidCursorError } from '../query-cursor';
import type { SortKey } from '../read-store.port';
import { InvalidFieldError } from '../field-name';
import {
  afterCursor,
  decodePosition,
  encodePosition,
  fromStored,
  MAX_PAGE,
  pageLimit,
  toBulkWrites,
  toMongoFilter,
  toMongoFind,
  toMongoSort,
  toPage,
  toStored,
  type StoredDocument,
} from './mongodb-query';
import { databaseFromUri } from './database-of';

const byDueThenAge: SortKey[] = [
  { field: 'dueAt', direction: 'asc' },
  { field: 'age', direction: 'desc' },
];

describe('MongoDB query translation', () => {
  describe('filters', () => {
    it('translates equality, sets and ranges field by field', () => {
      expect(
        toMongoFilter({
          status: 'assigned',
          vip: true,
          age: 3,
          priority: { in: ['P1', 'P3'] },
          dueAt: { gte: '2023-10-01', lt: '2023-10-05' },
        }),
      ).toEqual({
        status: 'assigned',
        vip: true,
        age: 3,
        priority: { $in: ['P1', 'P3'] },
        dueAt: { $gte: '2023-10-01', $lt: '2023-10-05' },
      });
    });

    it('keeps an empty set, which matches nothing, and drops an empty range, which matches everything', () => {
      expect(toMongoFilter({ status: { in: [] }, age: {} })).toEqual({ status: { $in: [] } });
      expect(toMongoFilter()).toEqual({});
    });

    it('keeps a range bound that is zero, false or an empty string', () => {
      expect(toMongoFilter({ age: { gt: 0, lte: 0 }, title: { gte: '' } })).toEqual({
        age: { $gt: 0, $lte: 0 },
        title: { $gte: '' },
      });
    });

    it('refuses field names that are not plain identifiers, such as operators and paths', () => {
      expect(() => toMongoFilter({ $where: 'x' })).toThrow(InvalidFieldError);
      expect(() => toMongoFilter({ 'a.b': 1 })).toThrow(InvalidFieldError);
      expect(() => toMongoFilter({ '1a': 1 })).toThrow(InvalidFieldError);
    });
  });

  describe('sort', () => {
    it('sorts by the keys in order, then by _id ascending', () => {
      expect(toMongoSort(byDueThenAge)).toEqual([
        ['dueAt', 1],
        ['age', -1],
        ['_id', 1],
      ]);
      expect(toMongoSort()).toEqual([['_id', 1]]);
    });

    it('refuses an invalid sort field', () => {
      expect(() => toMongoSort([{ field: 'a;b', direction: 'asc' }])).toThrow(InvalidFieldError);
    });
  });

  describe('cursor', () => {
    it('selects documents strictly after the cursor, key prefix by key prefix, honouring each direction', () => {
      const cursor = encodeCursor(['2023-10-01T02:00:00Z', 5], 't1');
      expect(afterCursor(byDueThenAge, cursor)).toEqual({
        $or: [
          { dueAt: { $gt: '2023-10-01T02:00:00Z' } },
          { dueAt: '2023-10-01T02:00:00Z', age: { $lt: 5 } },
          { dueAt: '2023-10-01T02:00:00Z', age: 5, _id: { $gt: 't1' } },
        ],
      });
    });

    it('pages by _id alone when the query has no sort', () => {
      expect(afterCursor([], encodeCursor([], 't3'))).toEqual({ $or: [{ _id: { $gt: 't3' } }] });
    });

    it('rejects garbage and cursors made for another sort', () => {
      expect(() => afterCursor(byDueThenAge, 'garbage')).toThrow(InvalidCursorError);
      expect(() => afterCursor(byDueThenAge, encodeCursor(['x'], 't1'))).toThrow(InvalidCursorError);
    });

    it('adds the cursor condition beside the filter', () => {
      const after = encodeCursor(['P2'], 't4');
      const find = toMongoFind({
        filter: { status: 'assigned' },
        sort: [{ field: 'priority', direction: 'asc' }],
        limit: 2,
        after,
      });
      expect(find).toEqual({
        filter: {
          status: 'assigned',
          $or: [{ priority: { $gt: 'P2' } }, { priority: 'P2', _id: { $gt: 't4' } }],
        },
        sort: [
          ['priority', 1],
          ['_id', 1],
        ],
        limit: 2,
      });
    });
  });

  describe('limit', () => {
    it('defaults to and is capped at the maximum page', () => {
      expect(pageLimit()).toBe(MAX_PAGE);
      expect(pageLimit(MAX_PAGE + 1)).toBe(10_000);
      expect(pageLimit(0)).toBe(0);
      expect(pageLimit(25)).toBe(25);
    });

    it('refuses negative and fractional limits', () => {
      expect(() => pageLimit(-1)).toThrow(RangeError);
      expect(() => pageLimit(2.5)).toThrow(RangeError);
    });
  });

  describe('pages', () => {
    const rows: StoredDocument[] = [
      { _id: 't3', id: 't3', dueAt: '2023-10-01', age: 9 },
      { _id: 't1', id: 't1', dueAt: '2023-10-01', age: 5 },
      { _id: 't2', id: 't2', dueAt: '2023-10-02', age: 3 },
    ];

    it('returns the page without _id and a cursor at its last document when one more was read', () => {
      const page = toPage(rows, byDueThenAge, 2);
      expect(page.items).toEqual([
        { id: 't3', dueAt: '2023-10-01', age: 9 },
        { id: 't1', dueAt: '2023-10-01', age: 5 },
      ]);
      expect(page.next).toBeDefined();
      expect(decodeCursor(page.next ?? '', 2)).toEqual({ values: ['2023-10-01', 5], id: 't1' });
    });

    it('has no cursor on the last page, nor on an empty one', () => {
      expect(toPage(rows, byDueThenAge, 3).next).toBeUndefined();
      expect(toPage(rows, byDueThenAge, 5)).toEqual({ items: rows.map((r) => fromStored(r)) });
      expect(toPage(rows.slice(0, 1), [], 0)).toEqual({ items: [] });
    });
  });

  describe('writes', () => {
    it('groups changes per collection as upserting replacements and deletions, in batch order', () => {
      const writes = toBulkWrites([
        { collection: 'a', id: 'x', document: { id: 'x', n: 1 } },
        { collection: 'b', id: 'y', document: null },
        { collection: 'a', id: 'z', document: null },
      ]);
      expect([...writes.keys()]).toEqual(['a', 'b']);
      expect(writes.get('a')).toEqual([
        { replaceOne: { filter: { _id: 'x' }, replacement: { id: 'x', n: 1 }, upsert: true } },
        { deleteOne: { filter: { _id: 'z' } } },
      ]);
      expect(writes.get('b')).toEqual([{ deleteOne: { filter: { _id: 'y' } } }]);
    });

    it('stores what JSON would store', () => {
      const stored = toStored('d1', {
        id: 'd1',
        at: new Date('2023-10-01T02:00:00Z'),
        gone: undefined,
        list: [1, undefined, 'x'],
      });
      expect(stored).toEqual({ id: 'd1', at: '2023-10-01T02:00:00.000Z', list: [1, null, 'x'] });
      expect('gone' in stored).toBe(false);
    });

    it('refuses a document with its own _id, which would clash with the key', () => {
      expect(() => toStored('d1', { id: 'd1', _id: 'other' })).toThrow(/_id/);
    });
  });

  describe('positions', () => {
    it('round-trip exactly beyond 2^53 and up to 2^64 - 1', () => {
      for (const position of [0n, 1n, 2n ** 53n + 1n, 2n ** 62n + 7n, 2n ** 64n - 1n]) {
        expect(decodePosition(encodePosition(position))).toBe(position);
      }
      expect(encodePosition(5n)).toBe('00000000000000000005');
    });

    it('sort as strings in numeric order', () => {
      const positions = [2n ** 62n, 10n, 9n, 2n ** 53n + 1n, 2n ** 53n];
      const asStrings = positions.map(encodePosition).sort();
      expect(asStrings.map(decodePosition)).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    });

    it('refuses positions that do not fit', () => {
      expect(() => encodePosition(-1n)).toThrow(RangeError);
      expect(() => encodePosition(10n ** 20n)).toThrow(RangeError);
    });
  });

  describe('database name', () => {
    it('is the URI path when there is one', () => {
      expect(databaseFromUri('mongodb://h1:27017,h2:27017/views?replicaSet=rs0')).toBe('views');
      expect(databaseFromUri('mongodb+srv://u:p%2Fw@cluster.example.net/my%20db')).toBe('my db');
    });

    it('is absent when the URI names none', () => {
      expect(databaseFromUri('mongodb://localhost:27017/?replicaSet=rs0')).toBeUndefined();
      expect(databaseFromUri('mongodb://localhost:27017')).toBeUndefined();
    });
  });
});
