import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../../projection';

/**
 * What one ticket adds to the figures: an amount at a path inside a bucket document (a day).
 * Figures are kept as sums of contributions, so when a ticket changes, its figures change by the
 * difference between what it contributes now and what it contributed before. Counters stay exact
 * through reclassification, reassignment and reopening, and a query reads a few buckets per day
 * instead of every ticket.
 */
export interface Contribution {
  readonly collection: string;
  readonly bucket: string;
  readonly path: readonly string[];
  readonly amount: number;
}

const keyOf = (c: Contribution): string => [c.collection, c.bucket, ...c.path].join('\u0000');

export function difference(before: readonly Contribution[], after: readonly Contribution[]): Contribution[] {
  // A new ticket's contributions are the difference as they are: applying them adds each once.
  if (before.length === 0) return after.filter((c) => c.amount !== 0);
  const delta = new Map<string, Contribution>();
  const add = (c: Contribution, sign: number) => {
    const key = keyOf(c);
    const amount = (delta.get(key)?.amount ?? 0) + sign * c.amount;
    delta.set(key, { ...c, amount });
  };
  before.forEach((c) => add(c, -1));
  after.forEach((c) => add(c, 1));
  return [...delta.values()].filter((c) => c.amount !== 0);
}

type Counters = { [key: string]: number | Counters };

/**
 * Keys come from client data (department names, topics), so a key such as `__proto__` or
 * `constructor` must be read and written as an own property, never through the prototype.
 */
export const ownValue = <T>(node: object, key: string): T | undefined =>
  Object.hasOwn(node, key) ? ((node as Record<string, T>)[key] as T) : undefined;

const setOwn = (node: Counters, key: string, value: number | Counters): void => {
  // Assignment makes an own property of any other name, and is much cheaper than defining one.
  if (key === '__proto__') {
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  } else node[key] = value;
};

/**
 * Adds `amount` at `path`, dropping counters that fall to zero and objects left empty. Returns
 * whether `node` is left empty; only a dropped counter can empty it, so only then are its keys looked at.
 */
function addAt(node: Counters, path: readonly string[], depth: number, amount: number): boolean {
  const head = path[depth];
  if (depth === path.length - 1) {
    const value = (ownValue<number>(node, head) ?? 0) + amount;
    if (value !== 0) {
      setOwn(node, head, value);
      return false;
    }
    delete node[head];
    return isEmpty(node);
  }
  let child = ownValue<Counters>(node, head);
  if (!child) {
    child = {};
    setOwn(node, head, child);
  }
  if (!addAt(child, path, depth + 1, amount)) return false;
  delete node[head];
  return isEmpty(node);
}

function isEmpty(node: Counters): boolean {
  for (const key in node) if (Object.hasOwn(node, key)) return false;
  return true;
}

export interface BucketDocument extends ReadDocument {
  readonly day: string;
  readonly counters: Counters;
}

/**
 * Applies contributions to their bucket documents, one read and one write per bucket. The
 * counters are changed in place: a document read in a batch belongs to that batch until it commits.
 */
export async function applyContributions(
  views: ViewWriter,
  contributions: readonly Contribution[],
): Promise<void> {
  const byBucket = new Map<string, Contribution[]>();
  for (const c of contributions) {
    const key = `${c.collection}\u0000${c.bucket}`;
    const group = byBucket.get(key);
    if (group) group.push(c);
    else byBucket.set(key, [c]);
  }
  for (const group of byBucket.values()) {
    const { collection, bucket } = group[0];
    const stored = await views.get<BucketDocument>(collection, bucket);
    const counters: Counters = stored?.counters ?? {};
    let empty = false;
    for (const c of group) empty = addAt(counters, c.path, 0, c.amount);
    if (empty) views.delete(collection, bucket);
    else views.put(collection, { id: bucket, day: bucket, counters });
  }
}
