/** The database the views (and, in cluster mode, the customer keys) live in when the URI names none. */
const DEFAULT_DATABASE = 'feedback_ledger';

/**
 * The database named in the URI's path, if any. The driver itself falls back to `test` without
 * telling whether the name was given, so the path is read here, by the same rule the driver uses:
 * the URI-decoded text between the first `/` after the hosts and the `?`.
 */
export function databaseFromUri(uri: string): string | undefined {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(uri)?.[1];
  return path ? decodeURIComponent(path) : undefined;
}

/** The database named in the URI, else the default. */
export const databaseOf = (uri: string): string => databaseFromUri(uri) ?? DEFAULT_DATABASE;
