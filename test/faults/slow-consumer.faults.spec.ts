import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig, slaRulesOf } from '@ledger/config';
import {
  SqliteEventStore,
  type EventStore,
  type LogSubscription,
  type RecordedEvent,
} from '@ledger/event-store';
import {
  Projector,
  VIEWS_PROJECTOR,
  viewProjections,
  waitForCheckpoint,
  type Projection,
} from '@ledger/projections';
import { SqliteReadStore } from '@ledger/read-store';
import { seedTickets } from '../support/seed-tickets';

/** Counts the events a store's subscriptions hand to their consumer. */
function counting(store: EventStore, delivered: () => void): EventStore {
  return {
    appendToStream: (streamId, events, expected) => store.appendToStream(streamId, events, expected),
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    subscribeToAll: (options): LogSubscription => {
      const inner = store.subscribeToAll(options);
      return {
        close: () => inner.close(),
        async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
          for await (const event of inner) {
            delivered();
            yield event;
          }
        },
      };
    },
    close: () => store.close(),
  };
}

/**
 * A full garbage collection on demand, so the heap measured is what is still held, not garbage
 * awaiting a collection: the flag set at run time shows in contexts created after it.
 */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

interface BatchSample {
  /** Events handed over by the subscription and not yet applied: what the consumer's slowness piled up. */
  readonly ahead: number;
  readonly size: number;
  /** Heap in use after a full collection: what the process holds at this batch. */
  readonly heldBytes: number;
}

/**
 * A projector started far behind a long log (about 37,000 events), with a projection that takes
 * 20 ms over every batch, catches up while holding a bounded number of events: the subscription
 * pulls the log a page at a time (at most 500 read from the file ahead of the consumer, see
 * sqlite-log-subscription.unit.spec.ts) and the projector takes at most one batch of 1,000.
 * Measured on what the subscription hands over against what was applied, and on the heap still
 * held after a full collection at every batch (the heap before a collection saws with garbage and
 * proves nothing).
 */
describe('a slow consumer far behind', () => {
  let dir: string;
  let events: SqliteEventStore;
  let views: SqliteReadStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-slow-'));
    events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    views = SqliteReadStore.open(join(dir, 'views.sqlite'));
  });
  afterEach(async () => {
    await Promise.all([events.close(), views.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('catches up without reading ahead of what it applies', async () => {
    const written = await seedTickets(events, { count: 6000, seed: 21 });
    expect(written).toBeGreaterThan(30_000);

    let delivered = 0;
    let applied = 0;
    let appliedBefore = 0;
    const samples: BatchSample[] = [];
    const collect = collector();
    const slow: Projection = {
      name: 'slow',
      collections: [],
      apply: () => {
        applied++;
        return Promise.resolve();
      },
      completeBatch: async () => {
        collect();
        samples.push({
          ahead: delivered - applied,
          size: applied - appliedBefore,
          heldBytes: process.memoryUsage().heapUsed,
        });
        appliedBefore = applied;
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    };
    const config = loadConfig({ DATA_DIR: dir });
    const projector = new Projector(
      counting(events, () => delivered++),
      views,
      [...viewProjections(config.timeZone, slaRulesOf(config.sla)), slow],
      { name: VIEWS_PROJECTOR },
    );
    collect();
    const before = process.memoryUsage().heapUsed;
    const startedAt = Date.now();
    await projector.start();
    expect(await waitForCheckpoint(views, VIEWS_PROJECTOR, await events.headPosition(), 240_000)).toBe(true);
    await projector.stop();
    const seconds = (Date.now() - startedAt) / 1000;

    expect(applied).toBe(written);
    expect(projector.status().eventsApplied).toBe(written);
    // However slow the consumer, the subscription hands over one event beyond the batch at most.
    expect(Math.max(...samples.map((s) => s.ahead))).toBeLessThanOrEqual(1);
    expect(Math.max(...samples.map((s) => s.size))).toBeLessThanOrEqual(1000);
    const heap = samples.map((s) => Math.round(s.heldBytes / 2 ** 20));
    const atStart = Math.round(before / 2 ** 20);
    console.log(
      `${written} events in ${seconds} s; heap held, MB: ${atStart} at the start, by batch ${heap.join(' ')}`,
    );
    // What is held stays near what was held before the catch-up (4 MB more here: the projector's
    // own state); holding the log, even before handing any of it over, adds 25 MB.
    expect(Math.max(...heap) - atStart).toBeLessThan(10);
  }, 300_000);
});
