import type { ReadStore } from '@ledger/read-store';
import { ownValue, type BucketDocument } from '../../views/figures/contributions';

/**
 * Every day bucket of a figures collection from `from` to `to` (`YYYY-MM-DD`, inclusive); with
 * `counters`, only those paths of its counters (`response.priority`): a day holds every dimension,
 * and a query that needs one need not read the others.
 */
export async function readBuckets(
  views: ReadStore,
  collection: string,
  from: string,
  to: string,
  counters?: readonly string[],
): Promise<BucketDocument[]> {
  const buckets: BucketDocument[] = [];
  let after: string | undefined;
  do {
    const page = await views.query<BucketDocument>(collection, {
      filter: { day: { gte: from, lte: to } },
      sort: [{ field: 'day', direction: 'asc' }],
      limit: 1000,
      ...(after ? { after } : {}),
      ...(counters ? { fields: counters.map((path) => `counters.${path}`) } : {}),
    });
    buckets.push(...page.items);
    after = page.next;
  } while (after);
  return buckets;
}

type Node = { [key: string]: number | Node };

/** The object at a path inside a bucket's counters, or an empty one. */
export function countersAt(bucket: BucketDocument, ...path: string[]): Node {
  // A bucket read in part has no counters when it lacks every part asked for.
  let node: Node = (bucket.counters as Node | undefined) ?? {};
  for (const key of path) node = ownValue<Node>(node, key) ?? {};
  return node;
}
