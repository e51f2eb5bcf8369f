import { MongoClient, MongoServerError, WriteConcern, type Collection, type Db } from 'mongodb';
import { indexFields } from '../read-store.port';
import type {
  CollectionDefinition,
  DocumentQuery,
  Filter,
  Page,
  ProjectionBatch,
  ReadDocument,
  ReadStore,
} from '../read-store.port';
import { CheckpointMovedError } from '../checkpoint-moved.error';
import { partsOf, pathsOf } from '../document-parts';
import { checkField } from '../field-name';
import { databaseOf } from './database-of';
import {
  decodePosition,
  encodePosition,
  fromStored,
  toBulkWrites,
  toMongoFilter,
  toMongoFind,
  toPage,
  type StoredDocument,
} from './mongodb-query';

const COLLECTION = /^[a-z][a-z0-9_]{0,62}$/;
const CHECKPOINTS = 'checkpoints';
/** The server's code for "the collection already exists". */
const NAMESPACE_EXISTS = 48;

interface CheckpointDocument {
  _id: string;
  /** See `encodePosition`. */
  position: string;
}

/**
 * Majority commits, so that a committed batch survives a primary failover. Reads stay `local`:
 * `snapshot` reads at the majority point, which can lag behind collections and indexes `define`
 * has just created (SnapshotUnavailable), and the guard needs no more than `local` gives: a racing
 * commit makes the checkpoint write conflict, and a checkpoint read here is majority-committed by
 * the time this batch is, as it precedes it in the oplog.
 */
const TRANSACTION = {
  readConcern: { level: 'local' as const },
  writeConcern: new WriteConcern('majority'),
};

/**
 * The cluster read store: one MongoDB collection per view (`view_<name>`), documents keyed by our
 * id in `_id`, and one `checkpoints` collection. A batch and its checkpoint commit in one
 * transaction, which needs a replica set (the compose file starts one).
 */
export class MongoReadStore implements ReadStore {
  private readonly checkpoints: Collection<CheckpointDocument>;

  static async connect(uri: string, databaseName?: string): Promise<MongoReadStore> {
    const client = await MongoClient.connect(uri);
    return new MongoReadStore(client, client.db(databaseName ?? databaseOf(uri)));
  }

  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {
    this.checkpoints = db.collection<CheckpointDocument>(CHECKPOINTS);
  }

  /**
   * Creates the collections up front, since a cross-shard transaction may not create one, and one
   * index per field on (field, _id): that serves the field's filters and also the keyset pages
   * sorted by it, whose order ends with `_id`.
   */
  async define(collections: readonly CollectionDefinition[]): Promise<void> {
    const targets = collections.map(({ name, indexes }) => ({
      name: this.name(name),
      indexes: indexes.map((index) => indexFields(index).map(checkField)),
    }));
    await this.ensureCollection(CHECKPOINTS);
    for (const { name, indexes } of targets) {
      await this.ensureCollection(name);
      for (const fields of indexes) {
        await this.db
          .collection(name)
          .createIndex([...fields.map((field): [string, 1] => [field, 1]), ['_id', 1]]);
      }
    }
  }

  async get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    const found = await this.collection(collection).findOne({ _id: id });
    return found === null ? undefined : fromStored<T>(found);
  }

  async getMany<T extends ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    const rows = await this.collection(collection)
      .find({ _id: { $in: [...ids] } })
      .toArray();
    return new Map(rows.map((row) => [row._id, fromStored<T>(row)]));
  }

  async query<T extends ReadDocument>(collection: string, query: DocumentQuery = {}): Promise<Page<T>> {
    const { filter, sort, limit } = toMongoFind(query);
    const parts = partsOf(query);
    const projection = parts && Object.fromEntries(pathsOf(parts).map((path) => [path, 1]));
    const rows = await this.collection(collection)
      .find(filter, { sort, limit: limit + 1, ...(projection ? { projection } : {}) })
      .toArray();
    return toPage<T>(rows, query.sort, limit);
  }

  async count(collection: string, filter?: Filter): Promise<number> {
    return this.collection(collection).countDocuments(toMongoFilter(filter));
  }

  /**
   * The checkpoint is read inside the transaction: if two writers race, the server reports a
   * write conflict on the checkpoint document, `withTransaction` runs the callback again, and the
   * second run sees the new checkpoint: it skips a batch at or below it, and refuses one built on
   * an older checkpoint (CheckpointMovedError).
   */
  async commit(batch: ProjectionBatch): Promise<void> {
    const position = encodePosition(batch.position);
    const writes = [...toBulkWrites(batch.changes)].map(
      ([name, operations]) => [this.collection(name), operations] as const,
    );
    await this.client.withSession((session) =>
      session.withTransaction(async () => {
        const current = await this.checkpoints.findOne({ _id: batch.projector }, { session });
        const at = current ? decodePosition(current.position) : null;
        if (at !== null && at >= batch.position) return;
        if (batch.continuesFrom !== undefined && at !== batch.continuesFrom) {
          throw new CheckpointMovedError(batch.projector, batch.continuesFrom, at);
        }
        // One at a time: operations of a transaction must not run in parallel.
        for (const [target, operations] of writes)
          await target.bulkWrite(operations, { session, ordered: true });
        await this.checkpoints.replaceOne({ _id: batch.projector }, { position }, { session, upsert: true });
      }, TRANSACTION),
    );
  }

  async checkpoint(projector: string): Promise<bigint | undefined> {
    const found = await this.checkpoints.findOne({ _id: projector });
    return found ? decodePosition(found.position) : undefined;
  }

  /**
   * Not one transaction (emptying a large view could outgrow one): the checkpoint goes first, so
   * that an interrupted reset leaves no checkpoint pointing past emptied views; the leftover
   * documents are overwritten by the replay, and reset can simply be run again.
   */
  async reset(projector: string, collections: readonly string[]): Promise<void> {
    const targets = collections.map((name) => this.collection(name));
    await this.checkpoints.deleteOne({ _id: projector });
    for (const target of targets) await target.deleteMany({});
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async ensureCollection(name: string): Promise<void> {
    const existing = await this.db.listCollections({ name }, { nameOnly: true }).toArray();
    if (existing.length) return;
    try {
      await this.db.createCollection(name);
    } catch (error) {
      // Another process defining the same views at the same moment is not a failure.
      if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
    }
  }

  /**
   * Unlike the SQLite adapter, a collection need not be defined by this process first: in cluster
   * mode the worker defines the views and the api only reads them.
   */
  private collection(name: string): Collection<StoredDocument> {
    return this.db.collection<StoredDocument>(this.name(name));
  }

  private name(collection: string): string {
    if (!COLLECTION.test(collection)) throw new Error(`"${collection}" is not a valid collection name`);
    return `view_${collection}`;
  }
}
