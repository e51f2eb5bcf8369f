import type { ReadStore } from '@ledger/read-store';
import { ownValue, type BucketDocument } from '../../views/figures/contributions';

/** Every day bucket of a figures collection from `from` to `to` (`YYYY-MM-DD`, inclusive). */
export async function readBuckets(
  views: ReadStore,
  collection: string,
  from: string,
  to: string,
): Promise<BucketDocument[]> {
  const buckets: BucketDocument[] = [];
  let after: string | undefined;
  do {
    const page = await views.query<BucketDocument>(collection, {
      filter: { day: { gte: from, lte: to } },
      sort: [{ field: 'day', direction: 'asc' }],
      limit: 1000,
      ...(after ? { after } : {}),
    });
    buckets.push(...page.items);
    after = page.next;
  } while (after);
  return buckets;
}

type Node = { [key: string]: number | Node };

/** The object at a path inside a bucket's counters, or an empty one. */
export function countersAt(bucket: BucketDocument, ...path: string[]): Node {
  let node: Node = bucket.counters as Node;
  for (const key of path) node = ownValue<Node>(node, key) ?? {};
  return node;
}
