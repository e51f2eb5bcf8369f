import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../store-unavailable.error';
import { SqliteReadStore } from './sqlite-read-store';
import { asStoreUnavailable, sqliteWriteFault } from './sqlite-write-fault';

describe('SQLite write faults', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full', 'the disk is full'],
    ['SQLITE_READONLY', 'read_only', 'its files are read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only', 'its files are read-only'],
    ['SQLITE_IOERR', 'io_error', 'the disk reported an input/output error'],
    ['SQLITE_IOERR_FSYNC', 'io_error', 'the disk reported an input/output error'],
    ['SQLITE_CANTOPEN', 'cannot_open', 'its files cannot be opened'],
  ])('tells %s as %s', (code, reason, words) => {
    const cause = new Database.SqliteError('from SQLite', code);
    expect(sqliteWriteFault(cause)).toBe(reason);
    const mapped = asStoreUnavailable('event store', cause);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped).toMatchObject({ reason, message: `the event store cannot write: ${words}`, cause });
  });

  it.each(['SQLITE_BUSY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_FULLNESS'])(
    'leaves %s as it is: not a fault of the file system',
    (code) => {
      const error = new Database.SqliteError('from SQLite', code);
      expect(asStoreUnavailable('event store', error)).toBe(error);
    },
  );

  it('knows an error of another copy of better-sqlite3 by its name, as Jest’s registry per file makes them', () => {
    const copy = Object.assign(new Error('database or disk is full'), {
      name: 'SqliteError',
      code: 'SQLITE_FULL',
    });
    expect(sqliteWriteFault(copy)).toBe('disk_full');
  });

  it('leaves errors that are not SQLite’s as they are', () => {
    const error = Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    expect(asStoreUnavailable('event store', error)).toBe(error);
  });

  it('refuses a projector batch on a full disk with nothing written, and takes it once there is room', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-view-faults-'));
    const db = new Database(join(dir, 'views.sqlite'));
    const views = new SqliteReadStore(db);
    await views.define([{ name: 'notes', indexes: [] }]);
    await views.commit({ projector: 'p', position: 1n, changes: [] });
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const changes = Array.from({ length: 50 }, (_, i) => ({
      collection: 'notes',
      id: `n${i}`,
      document: { id: `n${i}`, text: 'x'.repeat(1000) },
    }));
    const batch = { projector: 'p', position: 2n, continuesFrom: 1n, changes };
    await expect(views.commit(batch)).rejects.toMatchObject({
      name: 'StoreUnavailableError',
      store: 'view store',
      reason: 'disk_full',
    });
    expect(await views.checkpoint('p')).toBe(1n);
    expect(await views.count('notes')).toBe(0);

    db.pragma('max_page_count = 4294967294');
    await views.commit(batch);
    expect(await views.checkpoint('p')).toBe(2n);
    expect(await views.count('notes')).toBe(50);
    await views.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
