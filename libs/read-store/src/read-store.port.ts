/** A stored document: a JSON object with a string id unique in its collection. */
export type ReadDocument = Readonly<Record<string, unknown>> & { readonly id: string };

export type Scalar = string | number | boolean;

/**
 * A condition on one field: equality with a scalar, membership in a set, or a range. Fields are
 * top-level properties of the document.
 */
export type Condition =
  | Scalar
  | { readonly in: readonly Scalar[] }
  | { readonly gt?: Scalar; readonly gte?: Scalar; readonly lt?: Scalar; readonly lte?: Scalar };

export type Filter = Readonly<Record<string, Condition>>;

export interface SortKey {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface DocumentQuery {
  readonly filter?: Filter;
  /** Documents are ordered by these keys, then by id; sort fields must hold scalars, never null. */
  readonly sort?: readonly SortKey[];
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
  /**
   * Dot paths of the parts to read (`counters.response.priority`): each document then holds its
   * id, its sort fields and those parts it has, so a query reads a part of a large document
   * without the rest. Unset: whole documents.
   */
  readonly fields?: readonly string[];
}

export interface Page<T extends ReadDocument = ReadDocument> {
  readonly items: T[];
  /** Pass as `after` to read the next page; absent on the last page. */
  readonly next?: string;
}

export interface DocumentChange {
  readonly collection: string;
  readonly id: string;
  /** The whole new document, or `null` to delete it. */
  readonly document: ReadDocument | null;
}

/**
 * What one projector batch writes: its document changes and its new checkpoint, together, so
 * that after a crash the views and the checkpoint always agree.
 */
export interface ProjectionBatch {
  readonly projector: string;
  readonly position: bigint;
  /**
   * The checkpoint the batch was built on (null: none yet). When set, the commit is refused with
   * CheckpointMovedError if the stored checkpoint is elsewhere, so two projectors on the same views
   * never both apply an event; a batch at or below the checkpoint is still skipped silently.
   */
  readonly continuesFrom?: bigint | null;
  readonly changes: readonly DocumentChange[];
}

/** A field to index, or several fields for one compound index (filter fields first, then sort fields). */
export type IndexDefinition = string | readonly string[];

export interface CollectionDefinition {
  readonly name: string;
  /** Fields that filters and sorts use; adapters index them. */
  readonly indexes: readonly IndexDefinition[];
}

export const indexFields = (index: IndexDefinition): readonly string[] =>
  typeof index === 'string' ? [index] : index;

/**
 * The read store port: collections of JSON documents that projections write and queries read.
 * Every adapter passes the shared contract suite in `contract/`.
 */
export interface ReadStore {
  /** Creates collections and their indexes; safe to call again. */
  define(collections: readonly CollectionDefinition[]): Promise<void>;
  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  getMany<T extends ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>>;
  query<T extends ReadDocument>(collection: string, query?: DocumentQuery): Promise<Page<T>>;
  count(collection: string, filter?: Filter): Promise<number>;
  /** Atomically applies the changes and moves the projector's checkpoint. */
  commit(batch: ProjectionBatch): Promise<void>;
  /** The position the projector has committed up to, if any. */
  checkpoint(projector: string): Promise<bigint | undefined>;
  /** Empties the collections and forgets the projector's checkpoint: the start of a rebuild. */
  reset(projector: string, collections: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('READ_STORE');
