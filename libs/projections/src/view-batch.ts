import type { DocumentChange, ReadDocument, ReadStore } from '@ledger/read-store';
import type { ViewWriter } from './projection';

/**
 * The documents one batch touches: reads go to the batch's own writes first, then to the store;
 * the last write of each document is what gets committed.
 */
export class ViewBatch implements ViewWriter {
  private readonly changed = new Map<string, DocumentChange>();

  constructor(private readonly store: ReadStore) {}

  async get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    const change = this.changed.get(key(collection, id));
    if (change) return (change.document ?? undefined) as T | undefined;
    return this.store.get<T>(collection, id);
  }

  put(collection: string, document: ReadDocument): void {
    this.changed.set(key(collection, document.id), { collection, id: document.id, document });
  }

  delete(collection: string, id: string): void {
    this.changed.set(key(collection, id), { collection, id, document: null });
  }

  changes(): DocumentChange[] {
    return [...this.changed.values()];
  }
}

const key = (collection: string, id: string): string => `${collection}\u0000${id}`;
