import type { DocumentChange, ReadDocument, ReadStore } from '@ledger/read-store';
import type { ViewWriter } from './projection';

/**
 * The documents one batch touches: reads go to the batch's own writes first, then to the store;
 * the last write of each document is what gets committed.
 */
export class ViewBatch implements ViewWriter {
  /** By collection, then id: a batch looks documents up several times per event. */
  private readonly changed = new Map<string, Map<string, DocumentChange>>();

  constructor(private readonly store: ReadStore) {}

  async get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    const change = this.changed.get(collection)?.get(id);
    if (change) return (change.document ?? undefined) as T | undefined;
    return this.store.get<T>(collection, id);
  }

  put(collection: string, document: ReadDocument): void {
    this.changesOf(collection).set(document.id, { collection, id: document.id, document });
  }

  delete(collection: string, id: string): void {
    this.changesOf(collection).set(id, { collection, id, document: null });
  }

  changes(): DocumentChange[] {
    return [...this.changed.values()].flatMap((byId) => [...byId.values()]);
  }

  private changesOf(collection: string): Map<string, DocumentChange> {
    let byId = this.changed.get(collection);
    if (!byId) {
      byId = new Map();
      this.changed.set(collection, byId);
    }
    return byId;
  }
}
