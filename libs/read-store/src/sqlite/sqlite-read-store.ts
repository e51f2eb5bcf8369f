import Database from 'better-sqlite3';
import { encodeCursor } from '../query-cursor';
import {
  indexFields,
  type CollectionDefinition,
  DocumentQuery,
  Filter,
  Page,
  ProjectionBatch,
  ReadDocument,
  ReadStore,
  Scalar,
} from '../read-store.port';
import { CheckpointMovedError } from '../checkpoint-moved.error';
import { partsOf } from '../document-parts';
import { checkField } from '../field-name';
import { SqliteDocumentParts } from './sqlite-document-parts';
import { SqliteQueryBuilder } from './sqlite-query-builder';
import { asStoreUnavailable } from './sqlite-write-fault';

/** Runs synchronous SQLite work as a promise, so that a throw becomes a rejection. */
const run = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

/** Runs a write as `run` does; a full disk or read-only file becomes a StoreUnavailableError. */
const write = <T>(work: () => T): Promise<T> =>
  run(() => {
    try {
      return work();
    } catch (error) {
      throw asStoreUnavailable('view store', error);
    }
  });

const COLLECTION = /^[a-z][a-z0-9_]{0,62}$/;
const MAX_PAGE = 10_000;

/**
 * The embedded read store: one SQLite file beside the events, one table per collection holding
 * JSON documents, with a generated, indexed column per field that queries use. Views can be
 * rebuilt from the log, so the file trades `synchronous=FULL` for `NORMAL`.
 */
export class SqliteReadStore implements ReadStore {
  private readonly indexed = new Map<string, Set<string>>();
  private readonly builders = new Map<string, SqliteQueryBuilder>();
  /** Queries are built from a small set of shapes; preparing each shape once saves most of their cost. */
  private readonly statements = new Map<string, Database.Statement>();
  private readonly writes = new Map<string, { upsert: Database.Statement; remove: Database.Statement }>();
  private readonly getCheckpoint;
  private readonly commitBatch;

  static open(file: string): SqliteReadStore {
    return new SqliteReadStore(new Database(file));
  }

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec('CREATE TABLE IF NOT EXISTS checkpoints (projector TEXT PRIMARY KEY, position INTEGER NOT NULL)');
    this.getCheckpoint = db
      .prepare('SELECT position FROM checkpoints WHERE projector = ?')
      .pluck()
      .safeIntegers();
    const setCheckpoint = db.prepare(
      'INSERT INTO checkpoints (projector, position) VALUES (?, ?) ON CONFLICT (projector) DO UPDATE SET position = excluded.position',
    );
    this.commitBatch = db.transaction((batch: ProjectionBatch) => {
      const current = this.getCheckpoint.get(batch.projector) as bigint | undefined;
      if (current !== undefined && current >= batch.position) return;
      if (batch.continuesFrom !== undefined && (current ?? null) !== batch.continuesFrom) {
        throw new CheckpointMovedError(batch.projector, batch.continuesFrom, current ?? null);
      }
      for (const change of batch.changes) {
        const writes = this.writesTo(change.collection);
        if (change.document === null) writes.remove.run(change.id);
        else writes.upsert.run(change.id, JSON.stringify(change.document));
      }
      setCheckpoint.run(batch.projector, batch.position);
    });
  }

  define(collections: readonly CollectionDefinition[]): Promise<void> {
    return write(() => collections.forEach((collection) => this.defineNow(collection)));
  }

  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    return run(() => {
      const row = this.prepared(`SELECT doc FROM ${this.table(collection)} WHERE id = ?`)
        .pluck()
        .get(id);
      return row === undefined ? undefined : (JSON.parse(row as string) as T);
    });
  }

  getMany<T extends ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    return run(() => {
      const found = new Map<string, T>();
      const select = this.prepared(`SELECT doc FROM ${this.table(collection)} WHERE id = ?`).pluck();
      for (const id of ids) {
        const row = select.get(id);
        if (row !== undefined) found.set(id, JSON.parse(row as string) as T);
      }
      return found;
    });
  }

  query<T extends ReadDocument>(collection: string, query: DocumentQuery = {}): Promise<Page<T>> {
    return run(() => {
      const builder = this.builder(collection);
      const where = builder.where(query.filter, query);
      const limit = Math.min(query.limit ?? MAX_PAGE, MAX_PAGE);
      const tree = partsOf(query);
      const parts = tree && new SqliteDocumentParts(tree);
      const rows = this.prepared(
        `SELECT ${parts ? parts.column : 'doc'} FROM ${this.table(collection)} ${where.sql} ${builder.orderBy(query)} LIMIT ?`,
      )
        .pluck()
        .all(...where.params, limit + 1) as string[];
      const items = rows.slice(0, limit).map((row) => (parts ? parts.document(row) : JSON.parse(row)) as T);
      const last = items[items.length - 1];
      if (rows.length <= limit || !last) return { items };
      return {
        items,
        next: encodeCursor(
          (query.sort ?? []).map((k) => last[k.field] as Scalar),
          last.id,
        ),
      };
    });
  }

  count(collection: string, filter?: Filter): Promise<number> {
    return run(() => {
      const where = this.builder(collection).where(filter);
      const sql = `SELECT COUNT(*) FROM ${this.table(collection)} ${where.sql}`;
      return Number(
        this.db
          .prepare(sql)
          .pluck()
          .get(...where.params),
      );
    });
  }

  commit(batch: ProjectionBatch): Promise<void> {
    return write(() => this.commitBatch.immediate(batch));
  }

  checkpoint(projector: string): Promise<bigint | undefined> {
    return run(() => this.getCheckpoint.get(projector) as bigint | undefined);
  }

  reset(projector: string, collections: readonly string[]): Promise<void> {
    return write(() =>
      this.db.transaction(() => {
        for (const name of collections) this.db.exec(`DELETE FROM ${this.table(name)}`);
        this.db.prepare('DELETE FROM checkpoints WHERE projector = ?').run(projector);
      })(),
    );
  }

  close(): Promise<void> {
    return run(() => {
      this.db.close();
    });
  }

  private defineNow({ name, indexes }: CollectionDefinition): void {
    const table = this.table(name, false);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    const columns = this.db.prepare(`SELECT name FROM pragma_table_xinfo('${table}')`).pluck().all();
    const existing = new Set(columns as string[]);
    const fields = new Set(indexes.flatMap((index) => indexFields(index).map(checkField)));
    for (const field of fields) {
      if (!existing.has(`f_${field}`)) {
        this.db.exec(
          `ALTER TABLE ${table} ADD COLUMN f_${field} GENERATED ALWAYS AS (json_extract(doc, '$.${field}')) VIRTUAL`,
        );
      }
    }
    for (const index of indexes) {
      const parts = indexFields(index);
      this.db.exec(
        `CREATE INDEX IF NOT EXISTS ${table}_${parts.join('_')} ON ${table} (${parts.map((f) => `f_${f}`).join(', ')})`,
      );
    }
    this.indexed.set(name, fields);
    this.builders.set(
      name,
      new SqliteQueryBuilder((field) =>
        fields.has(field) ? `f_${field}` : `json_extract(doc, '$.${field}')`,
      ),
    );
  }

  /** A batch writes thousands of documents: each collection's statements are looked up once. */
  private writesTo(collection: string): { upsert: Database.Statement; remove: Database.Statement } {
    let writes = this.writes.get(collection);
    if (!writes) {
      const table = this.table(collection);
      writes = {
        upsert: this.prepared(`INSERT OR REPLACE INTO ${table} (id, doc) VALUES (?, ?)`),
        remove: this.prepared(`DELETE FROM ${table} WHERE id = ?`),
      };
      this.writes.set(collection, writes);
    }
    return writes;
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private table(collection: string, mustBeDefined = true): string {
    if (!COLLECTION.test(collection)) throw new Error(`"${collection}" is not a valid collection name`);
    if (mustBeDefined && !this.indexed.has(collection))
      throw new Error(`collection ${collection} is not defined`);
    return `c_${collection}`;
  }

  private builder(collection: string): SqliteQueryBuilder {
    this.table(collection);
    const builder = this.builders.get(collection);
    if (!builder) throw new Error(`collection ${collection} is not defined`);
    return builder;
  }
}
