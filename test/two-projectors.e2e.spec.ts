import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { Projector, VIEWS_PROJECTOR, viewProjections, waitForCheckpoint } from '@ledger/projections';
import { CheckpointMovedError, SqliteReadStore } from '@ledger/read-store';
import { loadConfig, slaRulesOf } from '@ledger/config';
import { allDocuments } from './support/all-documents';
import { seedTickets } from './support/seed-tickets';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('two projectors on the same views, as two workers would run them', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-two-projectors-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('apply every event once: the views equal a single projector’s rebuild', async () => {
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    await seedTickets(events, { count: 1_000, seed: 23 });
    const [last] = (await events.readAll()).slice(-1);
    const config = loadConfig({ DATA_DIR: dir });
    // Each projector has projection instances of its own, as separate processes would.
    const projections = () => viewProjections(config.timeZone, slaRulesOf(config.sla));
    const refused: unknown[] = [];
    const open = () => SqliteReadStore.open(join(dir, 'views.sqlite'));
    const [viewsA, viewsB] = [open(), open()];
    // The worst interleaving, made certain: B builds its first batch (up to event 250) from the
    // empty checkpoint, and commits it only after A has committed its first (up to event 150).
    // Committed as such, events 1–150 would count twice.
    const aCommitted = deferred();
    const bTried = deferred();
    let aCommits = 0;
    const commitA = viewsA.commit.bind(viewsA);
    viewsA.commit = async (batch) => {
      if (aCommits === 1) await bTried.promise;
      await commitA(batch);
      if (++aCommits === 1) aCommitted.resolve();
    };
    const commitB = viewsB.commit.bind(viewsB);
    viewsB.commit = async (batch) => {
      await aCommitted.promise;
      try {
        await commitB(batch);
      } finally {
        bTried.resolve();
      }
    };
    const options = { name: VIEWS_PROJECTOR, retryDelayMs: 5, onError: (e: unknown) => refused.push(e) };
    const a = new Projector(events, viewsA, projections(), { ...options, maxBatch: 150 });
    const b = new Projector(events, viewsB, projections(), { ...options, maxBatch: 250 });
    await Promise.all([a.start(), b.start()]);
    expect(await waitForCheckpoint(viewsA, VIEWS_PROJECTOR, last.position, 120_000)).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
    expect(refused[0]).toBeInstanceOf(CheckpointMovedError);
    expect(refused[0]).toMatchObject({ expected: null });
    expect(refused.filter((error) => !(error instanceof CheckpointMovedError))).toEqual([]);

    const rebuilt = SqliteReadStore.open(join(dir, 'rebuilt.sqlite'));
    const single = new Projector(events, rebuilt, projections(), { name: VIEWS_PROJECTOR });
    await single.start();
    expect(await waitForCheckpoint(rebuilt, VIEWS_PROJECTOR, last.position, 120_000)).toBe(true);
    await single.stop();
    for (const collection of projections().flatMap((p) => p.collections.map((c) => c.name))) {
      expect({ collection, documents: await allDocuments(viewsA, collection) }).toEqual({
        collection,
        documents: await allDocuments(rebuilt, collection),
      });
    }
    await Promise.all([events.close(), viewsA.close(), viewsB.close(), rebuilt.close()]);
  }, 300_000);
});
