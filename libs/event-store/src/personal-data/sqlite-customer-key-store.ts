import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { asStoreUnavailable } from '@ledger/read-store';
import type { CustomerKey, CustomerKeyStore } from './customer-key-store.port';

interface KeyRow {
  key_id: string;
  key: Buffer;
}

/**
 * The embedded key store: its own SQLite file beside the event file, so that the event file can
 * be copied, shipped to auditors or backed up without the keys. `secure_delete` overwrites a
 * deleted key's bytes in the file, and a checkpoint after each erasure empties the write-ahead
 * log that would still hold them.
 */
interface PendingKey {
  readonly identifiers: readonly string[];
  readonly resolve: (key: CustomerKey) => void;
  readonly reject: (error: unknown) => void;
}

export class SqliteCustomerKeyStore implements CustomerKeyStore {
  private pending: PendingKey[] = [];
  private readonly statements;
  private readonly keyForIdentifiers;
  private readonly deleteKeys;

  static open(file: string): SqliteCustomerKeyStore {
    return new SqliteCustomerKeyStore(new Database(file));
  }

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
    db.exec(`
      CREATE TABLE IF NOT EXISTS customer_keys (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        key_id     TEXT    NOT NULL UNIQUE,
        key        BLOB    NOT NULL
      );
      CREATE TABLE IF NOT EXISTS customer_identifiers (
        identifier TEXT NOT NULL,
        key_id     TEXT NOT NULL,
        PRIMARY KEY (identifier, key_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS customer_identifiers_by_key ON customer_identifiers (key_id);
    `);
    this.statements = {
      oldestOf: db.prepare<string[], KeyRow>(
        `SELECT k.key_id, k.key FROM customer_keys k
         JOIN customer_identifiers i ON i.key_id = k.key_id
         WHERE i.identifier IN (SELECT value FROM json_each(?)) ORDER BY k.seq LIMIT 1`,
      ),
      insertKey: db.prepare('INSERT INTO customer_keys (key_id, key) VALUES (?, ?)'),
      link: db.prepare('INSERT OR IGNORE INTO customer_identifiers (identifier, key_id) VALUES (?, ?)'),
      key: db.prepare<string[], Buffer>('SELECT key FROM customer_keys WHERE key_id = ?').pluck(),
      keysOf: db
        .prepare<string[], string>('SELECT key_id FROM customer_identifiers WHERE identifier = ?')
        .pluck(),
      identifiersOf: db
        .prepare<string[], string>('SELECT identifier FROM customer_identifiers WHERE key_id = ?')
        .pluck(),
      deleteKey: db.prepare('DELETE FROM customer_keys WHERE key_id = ?'),
      unlink: db.prepare('DELETE FROM customer_identifiers WHERE key_id = ?'),
    };
    // IMMEDIATE: two processes seeing a new customer at once must not both create a key.
    this.keyForIdentifiers = db.transaction((requests: readonly (readonly string[])[]): CustomerKey[] =>
      requests.map((identifiers) => {
        const found = this.statements.oldestOf.get(JSON.stringify(identifiers));
        const chosen = found ? { keyId: found.key_id, key: found.key } : this.createKey();
        for (const identifier of identifiers) this.statements.link.run(identifier, chosen.keyId);
        return chosen;
      }),
    ).immediate;
    this.deleteKeys = db.transaction((keyIds: readonly string[]) => {
      for (const keyId of keyIds) {
        this.statements.deleteKey.run(keyId);
        this.statements.unlink.run(keyId);
      }
    });
  }

  /**
   * Requests arriving in the same turn of the event loop share one durable transaction: a key
   * must be on disk before the events sealed with it, and one fsync per batch instead of one per
   * new customer keeps intake from waiting on the disk in turn.
   */
  keyFor(identifiers: readonly string[]): Promise<CustomerKey> {
    if (identifiers.length === 0)
      return Promise.reject(new Error('a customer key needs at least one identifier'));
    return new Promise((resolve, reject) => {
      this.pending.push({ identifiers, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      const keys = this.writing(() => this.keyForIdentifiers(batch.map((request) => request.identifiers)));
      batch.forEach((request, i) => request.resolve(keys[i]));
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
  }

  async key(keyId: string): Promise<Buffer | undefined> {
    return this.statements.key.get(keyId);
  }

  async linkedKeys(identifier: string): Promise<string[]> {
    const keys = new Set<string>();
    const identifiers = new Set([identifier]);
    const pending = [identifier];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const keyId of this.statements.keysOf.all(next)) {
        if (keys.has(keyId)) continue;
        keys.add(keyId);
        for (const linked of this.statements.identifiersOf.all(keyId)) {
          if (identifiers.has(linked)) continue;
          identifiers.add(linked);
          pending.push(linked);
        }
      }
    }
    return [...keys];
  }

  async delete(keyIds: readonly string[]): Promise<void> {
    this.writing(() => {
      this.deleteKeys(keyIds);
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** A full disk or read-only file becomes a StoreUnavailableError: the caller may try again later. */
  private writing<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw asStoreUnavailable('customer key store', error);
    }
  }

  private createKey(): CustomerKey {
    const created = { keyId: randomUUID(), key: randomBytes(32) };
    this.statements.insertKey.run(created.keyId, created.key);
    return created;
  }
}
