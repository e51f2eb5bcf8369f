import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { describeHashChainContract } from '../contract/hash-chain.contract';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { HashChainedEventStore } from './hash-chained-event-store';
import { verifyLog, verifyStream } from './verify-hash-chain';

function openSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-chain-'));
  const file = join(dir, 'events.sqlite');
  const store = SqliteEventStore.open(file, { pollIntervalMs: 50 });
  return {
    file,
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The chained store is what the service runs on: it must keep every promise of the port.
describeEventStoreContract('SQLite, hash-chained', async () => {
  const sqlite = openSqlite();
  return { store: new HashChainedEventStore(sqlite.store), dispose: sqlite.dispose };
});

describeHashChainContract('SQLite', async () => openSqlite());

describe('tamper evidence on the SQLite file', () => {
  let sqlite: ReturnType<typeof openSqlite>;
  let store: HashChainedEventStore;
  const streams = [`feedback-${randomUUID()}`, `feedback-${randomUUID()}`];

  beforeEach(async () => {
    sqlite = openSqlite();
    store = new HashChainedEventStore(sqlite.store);
    for (const stream of streams) {
      for (let revision = 0; revision < 4; revision++) {
        await store.appendToStream(
          stream,
          [{ id: randomUUID(), type: `E${revision}`, data: { n: revision, text: '退款' }, metadata: {} }],
          revision === 0 ? 'no_stream' : revision - 1,
        );
      }
    }
  });
  afterEach(() => sqlite.dispose());

  /** Edits the file behind the service's back, as someone with access to the disk could. */
  function tamper(sql: string, ...params: unknown[]): void {
    const db = new Database(sqlite.file);
    try {
      expect(db.prepare(sql).run(...params).changes).toBe(1);
    } finally {
      db.close();
    }
  }

  it('verifies an untouched log clean', async () => {
    await expect(verifyLog(store)).resolves.toEqual({ verified: true, streams: 2, events: 8, unchained: 0 });
  });

  it('names exactly the event whose data was edited', async () => {
    tamper(
      `UPDATE events SET data = json_set(data, '$.text', '已退款') WHERE stream_id = ? AND revision = 2`,
      streams[1],
    );
    const [edited] = await sqlite.store.readStream(streams[1], { fromRevision: 2, maxCount: 1 });
    const expected = {
      streamId: streams[1],
      revision: 2,
      id: edited.id,
      type: 'E2',
      position: edited.position.toString(),
      problem: 'altered',
    };
    await expect(verifyLog(store)).resolves.toMatchObject({ verified: false, firstMismatch: expected });
    await expect(verifyStream(store, streams[1])).resolves.toMatchObject({ firstMismatch: expected });
    await expect(verifyStream(store, streams[0])).resolves.toMatchObject({ verified: true, events: 4 });
  });

  it('names the event after a deleted one, and one whose hashes were rewritten or removed', async () => {
    tamper(`DELETE FROM events WHERE stream_id = ? AND revision = 1`, streams[0]);
    await expect(verifyStream(store, streams[0])).resolves.toMatchObject({
      firstMismatch: { revision: 2, problem: 'revision_gap' },
    });
    tamper(
      `UPDATE events SET metadata = json_set(metadata, '$.prevHash', 'forged') WHERE stream_id = ? AND revision = 3`,
      streams[1],
    );
    await expect(verifyStream(store, streams[1])).resolves.toMatchObject({
      firstMismatch: { revision: 3, problem: 'chain_broken' },
    });
    tamper(
      `UPDATE events SET metadata = json_remove(metadata, '$.hash') WHERE stream_id = ? AND revision = 2`,
      streams[1],
    );
    await expect(verifyStream(store, streams[1])).resolves.toMatchObject({
      firstMismatch: { revision: 2, problem: 'unchained' },
    });
  });
});
