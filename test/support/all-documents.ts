import type { ReadDocument, ReadStore } from '@ledger/read-store';

/** Every document of a collection, in id order, page by page. */
export async function allDocuments(store: ReadStore, collection: string): Promise<ReadDocument[]> {
  const documents: ReadDocument[] = [];
  let after: string | undefined;
  do {
    const page = await store.query(collection, { limit: 5000, ...(after ? { after } : {}) });
    documents.push(...page.items);
    after = page.next;
  } while (after);
  return documents;
}
