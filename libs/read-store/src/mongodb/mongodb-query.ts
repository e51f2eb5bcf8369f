import type { AnyBulkWriteOperation, Filter as MongoFilter } from 'mongodb';
import { decodeCursor, encodeCursor } from '../query-cursor';
import type {
  Condition,
  DocumentChange,
  DocumentQuery,
  Filter,
  Page,
  ReadDocument,
  Scalar,
  SortKey,
} from '../read-store.port';
// The same field rule as the SQLite adapter, so a filter valid on one adapter is valid on the other.
import { checkField } from '../field-name';

export const MAX_PAGE = 10_000;

/** A view document as MongoDB holds it: keyed by our id, our fields at top level. */
export interface StoredDocument {
  _id: string;
  [field: string]: unknown;
}

export type StoredFilter = MongoFilter<StoredDocument>;
/** Tuples, not an object, so the key order can never be changed by JavaScript's property ordering. */
export type StoredSort = [string, 1 | -1][];

export interface StoredFind {
  readonly filter: StoredFilter;
  readonly sort: StoredSort;
  /** The page size; read one more document to know whether a next page exists. */
  readonly limit: number;
}

export function toMongoFilter(filter: Filter = {}): StoredFilter {
  const result: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(filter)) {
    const name = checkField(field);
    const translated = toMongoCondition(condition);
    if (translated !== undefined) result[name] = translated;
  }
  return result as StoredFilter;
}

/** `undefined` means "no constraint": an empty range matches everything, as in the SQLite adapter. */
function toMongoCondition(condition: Condition): unknown {
  if (typeof condition !== 'object') return condition;
  if ('in' in condition) return { $in: [...condition.in] };
  const range: Record<string, Scalar> = {};
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = condition[op];
    if (value !== undefined) range[`$${op}`] = value;
  }
  return Object.keys(range).length ? range : undefined;
}

/** The query's keys, then `_id` (our id, already uniquely indexed) so that the order is total. */
export function toMongoSort(sort: readonly SortKey[] = []): StoredSort {
  return [
    ...sort.map((k): [string, 1 | -1] => [checkField(k.field), k.direction === 'desc' ? -1 : 1]),
    ['_id', 1],
  ];
}

/**
 * Keyset paging: documents strictly after the cursor's (values…, id) in the query's order, as an
 * `$or` of prefixes: the first key beyond, or the first equal and the second beyond, and so on.
 */
export function afterCursor(sort: readonly SortKey[], after: string): StoredFilter {
  const { values, id } = decodeCursor(after, sort.length);
  const keys = [
    ...sort.map((k, i) => ({ field: checkField(k.field), desc: k.direction === 'desc', value: values[i] })),
    { field: '_id', desc: false, value: id },
  ];
  const alternatives = keys.map((key, i) => ({
    ...Object.fromEntries(keys.slice(0, i).map((k) => [k.field, k.value])),
    [key.field]: { [key.desc ? '$lt' : '$gt']: key.value },
  }));
  return { $or: alternatives } as StoredFilter;
}

export function pageLimit(limit?: number): number {
  if (limit === undefined) return MAX_PAGE;
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be a whole number >= 0: ${limit}`);
  return Math.min(limit, MAX_PAGE);
}

export function toMongoFind(query: DocumentQuery = {}): StoredFind {
  const filter = toMongoFilter(query.filter);
  const limit = pageLimit(query.limit);
  const sort = toMongoSort(query.sort);
  // Field names never start with `$`, so `$or` cannot collide with a filtered field.
  const paged = query.after ? { ...filter, ...afterCursor(query.sort ?? [], query.after) } : filter;
  return { filter: paged as StoredFilter, sort, limit };
}

export function fromStored<T extends ReadDocument>(stored: StoredDocument): T {
  const { _id: _key, ...document } = stored;
  return document as unknown as T;
}

/** `rows` holds up to `limit + 1` documents; the extra one only tells that a next page exists. */
export function toPage<T extends ReadDocument>(
  rows: readonly StoredDocument[],
  sort: readonly SortKey[] = [],
  limit: number,
): Page<T> {
  const items = rows.slice(0, limit).map((row) => fromStored<T>(row));
  const last = rows[limit - 1];
  if (rows.length <= limit || !last) return { items };
  return {
    items,
    next: encodeCursor(
      sort.map((k) => last[k.field] as Scalar),
      last._id,
    ),
  };
}

/**
 * The document as the SQLite adapter would store it: a JSON round trip, so that dates become
 * strings, `undefined` disappears and a bigint is refused on both adapters alike, rather than
 * BSON keeping types that SQLite would lose.
 */
export function toStored(id: string, document: ReadDocument): Omit<StoredDocument, '_id'> {
  const json = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  if ('_id' in json) throw new Error(`document ${id} has an _id field, which the MongoDB adapter keys by`);
  return json;
}

/** One ordered bulk write per collection; the map keeps the batch's order of first appearance. */
export function toBulkWrites(
  changes: readonly DocumentChange[],
): Map<string, AnyBulkWriteOperation<StoredDocument>[]> {
  const writes = new Map<string, AnyBulkWriteOperation<StoredDocument>[]>();
  for (const { collection, id, document } of changes) {
    const operation: AnyBulkWriteOperation<StoredDocument> =
      document === null
        ? { deleteOne: { filter: { _id: id } } }
        : { replaceOne: { filter: { _id: id }, replacement: toStored(id, document), upsert: true } };
    const list = writes.get(collection);
    if (list) list.push(operation);
    else writes.set(collection, [operation]);
  }
  return writes;
}

/**
 * Checkpoints are stored as 20-digit zero-padded decimal strings, not as BSON Long: every
 * unsigned 64-bit position fits (Long is signed, and EventStoreDB positions are unsigned), the
 * value reads back the same whatever the client's promoteLongs / useBigInt64 settings (a Long
 * comes back as a number or a Long depending on its size and those flags), and string order equals
 * numeric order, so the stored values also sort correctly in the shell.
 */
const POSITION_DIGITS = 20;
const POSITION_LIMIT = 10n ** BigInt(POSITION_DIGITS);

export function encodePosition(position: bigint): string {
  if (position < 0n || position >= POSITION_LIMIT) throw new RangeError(`position out of range: ${position}`);
  return position.toString().padStart(POSITION_DIGITS, '0');
}

export function decodePosition(stored: string): bigint {
  return BigInt(stored);
}
