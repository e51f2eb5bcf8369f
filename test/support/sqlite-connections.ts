import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { SqliteCustomerKeyStore } from '@ledger/event-store/personal-data/sqlite-customer-key-store';
import { SqliteReadStore } from '@ledger/read-store';

/** The connections an app's embedded stores opened, for a test to change the conditions they write under. */
export interface SqliteConnections {
  events?: Database.Database;
  keys?: Database.Database;
  views?: Database.Database;
}

/**
 * Until `restore()`, every embedded store opened (the event file, the key file, the views file)
 * opens through a connection the test holds. Setting a pragma on it changes what that store meets,
 * from SQLite itself: `max_page_count` at the file's size makes the next write that needs a page
 * fail with SQLITE_FULL, `query_only` makes every write fail with SQLITE_READONLY.
 */
export function captureSqliteConnections(): { connections: SqliteConnections; restore: () => void } {
  const connections: SqliteConnections = {};
  const spies = [
    jest.spyOn(SqliteEventStore, 'open').mockImplementation((file, options) => {
      connections.events = new Database(file);
      return new SqliteEventStore(connections.events, options);
    }),
    jest.spyOn(SqliteCustomerKeyStore, 'open').mockImplementation((file) => {
      connections.keys = new Database(file);
      return new SqliteCustomerKeyStore(connections.keys);
    }),
    jest.spyOn(SqliteReadStore, 'open').mockImplementation((file) => {
      connections.views = new Database(file);
      return new SqliteReadStore(connections.views);
    }),
  ];
  return { connections, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

/** The largest database SQLite allows: lifts a limit set by `fillUp`. */
const NO_LIMIT = 4294967294;

/** The file may not grow: the next write that needs a new page fails as on a full disk. */
export function fillUp(db: Database.Database): void {
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
}

/** Space again: the file may grow. */
export function makeRoom(db: Database.Database): void {
  db.pragma(`max_page_count = ${NO_LIMIT}`);
}
