import type Database from 'better-sqlite3';

/**
 * The event file: WAL so readers never block the writer, `synchronous=FULL` so an answered
 * append survives a power cut. `position` is AUTOINCREMENT so a position is never reused.
 */
export function prepareEventSchema(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position   INTEGER PRIMARY KEY AUTOINCREMENT,
      stream_id  TEXT    NOT NULL,
      revision   INTEGER NOT NULL,
      event_id   TEXT    NOT NULL UNIQUE,
      type       TEXT    NOT NULL,
      data       TEXT    NOT NULL,
      metadata   TEXT    NOT NULL,
      created_at INTEGER NOT NULL,
      UNIQUE (stream_id, revision)
    );
  `);
}

export interface EventRow {
  position: bigint;
  stream_id: string;
  revision: bigint;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  created_at: bigint;
}
