import type { RecordedEvent } from '@ledger/event-store';
import type { CollectionDefinition, ReadDocument } from '@ledger/read-store';

/**
 * What a projection may do while applying an event: read documents (its own writes in this
 * batch first) and write whole documents. Everything written is committed with the checkpoint.
 */
export interface ViewWriter {
  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  put(collection: string, document: ReadDocument): void;
  delete(collection: string, id: string): void;
}

/**
 * A projection turns events into documents. `apply` must be deterministic: it may use only the
 * event (its data, metadata, position and time) and the documents it reads, never the clock, so
 * that a rebuild from zero gives the same documents.
 */
export interface Projection {
  readonly name: string;
  readonly collections: readonly CollectionDefinition[];
  apply(event: RecordedEvent, views: ViewWriter): Promise<void>;
  /**
   * Called once a batch's events are all applied, before it commits: work that depends only on
   * where the batch leaves things is done here once instead of once per event.
   */
  completeBatch?(views: ViewWriter): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
