import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '@ledger/read-store';
import type { NewEvent } from '../event-store.port';
import { SqliteCustomerKeyStore } from '../personal-data/sqlite-customer-key-store';
import { SqliteEventStore } from './sqlite-event-store';

/**
 * The file system's faults, produced by SQLite itself on a real file: `max_page_count` at the
 * file's size stands for a full disk (SQLITE_FULL), `query_only` for a read-only file
 * (SQLITE_READONLY). A real full disk is met in test/store-faults.e2e.spec.ts where a small
 * file system can be mounted.
 */
describe('SQLite stores on a full disk or read-only files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-faults-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fillUp = (db: Database.Database): void => {
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  };
  const makeRoom = (db: Database.Database): void => {
    db.pragma('max_page_count = 4294967294');
  };
  const event = (n: number): NewEvent => ({
    id: randomUUID(),
    type: 'Noted',
    // Large enough that the batch below needs pages the full file cannot have.
    data: { n, text: 'x'.repeat(2000) },
    metadata: {},
  });

  it('fails a whole group commit when the disk fills mid-batch, keeps none of it, and takes it again later', async () => {
    const db = new Database(join(dir, 'events.sqlite'));
    const store = new SqliteEventStore(db);
    await store.appendToStream('s-0', [event(0)], 'no_stream');
    const before = await store.readAll();
    fillUp(db);

    // Appends in one turn of the event loop are committed together: some fit in the pages there are.
    const batch = Array.from({ length: 20 }, (_, i) => ({ stream: `s-${i + 1}`, events: [event(i + 1)] }));
    const outcomes = await Promise.allSettled(
      batch.map(({ stream, events }) => store.appendToStream(stream, events, 'no_stream')),
    );
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(StoreUnavailableError) });
    }
    expect(outcomes[0]).toMatchObject({
      reason: {
        store: 'event store',
        reason: 'disk_full',
        message: 'the event store cannot write: the disk is full',
      },
    });
    // Nothing of the batch was kept, though SQLite rolled back the transaction in the middle of it.
    expect(await store.readAll()).toEqual(before);

    makeRoom(db);
    const retried = await Promise.all(
      batch.map(({ stream, events }) => store.appendToStream(stream, events, 'no_stream')),
    );
    expect(retried.map((result) => result.nextExpectedRevision)).toEqual(batch.map(() => 0));
    const stored = await store.readAll();
    expect(stored).toHaveLength(21);
    expect(new Set(stored.map((e) => e.id)).size).toBe(21);
    await store.close();
  });

  it('refuses appends on a read-only file as unavailable, and takes them once it is writable', async () => {
    const db = new Database(join(dir, 'events.sqlite'));
    const store = new SqliteEventStore(db);
    db.pragma('query_only = ON');
    await expect(store.appendToStream('s', [event(1)], 'no_stream')).rejects.toMatchObject({
      name: 'StoreUnavailableError',
      reason: 'read_only',
      message: 'the event store cannot write: its files are read-only',
    });
    expect(await store.readAll()).toEqual([]);
    db.pragma('query_only = OFF');
    await expect(store.appendToStream('s', [event(1)], 'no_stream')).resolves.toMatchObject({
      nextExpectedRevision: 0,
    });
    await store.close();
  });

  it('keeps answering conflicts one by one when the disk is fine', async () => {
    const store = new SqliteEventStore(new Database(join(dir, 'events.sqlite')));
    await store.appendToStream('s', [event(0)], 'no_stream');
    const [conflict, fresh] = await Promise.allSettled([
      store.appendToStream('s', [event(1)], 'no_stream'),
      store.appendToStream('t', [event(2)], 'no_stream'),
    ]);
    expect(conflict).toMatchObject({ status: 'rejected', reason: { name: 'WrongExpectedRevisionError' } });
    expect(fresh).toMatchObject({ status: 'fulfilled' });
    await store.close();
  });

  it('refuses a new customer key on a full disk, and creates it once there is room', async () => {
    const db = new Database(join(dir, 'customer-keys.sqlite'));
    const keys = new SqliteCustomerKeyStore(db);
    await keys.keyFor(['phone:13800000000']);
    fillUp(db);
    const identifiers = Array.from({ length: 200 }, (_, i) => `email:customer-${i}@example.com`);
    await expect(
      (async () => {
        // Each new key takes a little room: the page fills after some of them.
        for (const identifier of identifiers) await keys.keyFor([identifier]);
      })(),
    ).rejects.toMatchObject({
      name: 'StoreUnavailableError',
      store: 'customer key store',
      reason: 'disk_full',
    });
    makeRoom(db);
    const created = await keys.keyFor(['email:later@example.com']);
    expect(await keys.key(created.keyId)).toEqual(created.key);
    await keys.close();
  });
});
