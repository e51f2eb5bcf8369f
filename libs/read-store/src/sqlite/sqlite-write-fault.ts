import { StoreUnavailableError, type StoreUnavailableReason } from '../store-unavailable.error';

/** SQLite's primary result codes that mean the file system, not the request, stopped the write. */
const FAULTS: ReadonlyArray<readonly [string, StoreUnavailableReason]> = [
  ['SQLITE_FULL', 'disk_full'],
  ['SQLITE_READONLY', 'read_only'],
  ['SQLITE_IOERR', 'io_error'],
  ['SQLITE_CANTOPEN', 'cannot_open'],
];

/**
 * The fault behind an error of better-sqlite3, if it is one of the file system's: extended codes
 * (`SQLITE_IOERR_WRITE`, `SQLITE_READONLY_DBMOVED`, …) count as their primary code.
 */
export function sqliteWriteFault(error: unknown): StoreUnavailableReason | undefined {
  // By name, not by class: better-sqlite3 hands its error class to the native addon once per
  // process, so where modules are loaded more than once (Jest's registry and realm per test file)
  // the errors thrown are of the first copy's class.
  if (typeof error !== 'object' || error === null || !('name' in error) || !('code' in error))
    return undefined;
  const { name, code } = error;
  if (name !== 'SqliteError' || typeof code !== 'string') return undefined;
  return FAULTS.find(([primary]) => code === primary || code.startsWith(`${primary}_`))?.[1];
}

/** `error` as a StoreUnavailableError of `store` when the file system caused it, else unchanged. */
export function asStoreUnavailable(store: string, error: unknown): unknown {
  const reason = sqliteWriteFault(error);
  return reason ? new StoreUnavailableError(store, reason, { cause: error }) : error;
}
