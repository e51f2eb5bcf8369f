import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, slaRulesOf } from '@ledger/config';
import {
  SqliteEventStore,
  type EventStore,
  type LogSubscription,
  type RecordedEvent,
} from '@ledger/event-store';
import { Projector, VIEWS_PROJECTOR, viewProjections, waitForCheckpoint } from '@ledger/projections';
import { SqliteReadStore } from '@ledger/read-store';
import { viewsAndRebuild } from './support/rebuilt-views';
import { ReopenableEventStore } from './support/reopenable-event-store';
import { seededRandom, seedTickets } from './support/seed-tickets';
import { TestApp } from './support/test-app';

/** The store, each subscription of which drops after a seeded number of events, `drops` times in all. */
function dropping(store: EventStore, random: () => number, drops: number, dropped: () => void): EventStore {
  let left = drops;
  const subscribeToAll = (options?: { after?: bigint }): LogSubscription => {
    const inner = store.subscribeToAll(options);
    const limit = left-- > 0 ? 1 + Math.floor(random() * 1000) : Infinity;
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
        let delivered = 0;
        for await (const event of inner) {
          if (delivered++ === limit) {
            dropped();
            throw new Error('the subscription dropped');
          }
          yield event;
        }
      },
    };
  };
  return {
    appendToStream: (streamId, events, expected) => store.appendToStream(streamId, events, expected),
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    subscribeToAll,
    close: () => store.close(),
  };
}

/**
 * The embedded store cannot restart apart from the process, but its connection can fail: here it
 * is closed under the running projector and SLA clock and opened again, and subscriptions drop in
 * the middle of batches. (The EventStoreDB adapter's re-subscription after a drop, from the last
 * position delivered, is covered by eventstoredb-log-subscription.unit.spec.ts with a fake client.)
 */
describe('a restarted event store', () => {
  it('leaves the projector and the SLA clock running through the outage, and both carry on after it', async () => {
    const stores: ReopenableEventStore[] = [];
    const open = jest.spyOn(SqliteEventStore, 'open').mockImplementation((file) => {
      stores.push(new ReopenableEventStore(file));
      // The app uses what it opens only through the EventStore port, which this one implements.
      return stores[stores.length - 1] as unknown as SqliteEventStore;
    });
    let app: TestApp;
    try {
      app = await TestApp.start();
    } finally {
      open.mockRestore();
    }
    try {
      expect(stores).toHaveLength(1);
      const [store] = stores;
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { body } = await app
          .http()
          .post('/feedback')
          .send({ channel: 'phone', content: `outage ${i}` })
          .expect(201);
        await app
          .http()
          .post(`/feedback/${body.id}/classify`)
          .send({ category: 'complaint', priority: 'P1' })
          .expect(200);
        ids.push(body.id as string);
      }
      await app.waitForViews();

      await store.goAway();
      // The P1 response target (2 hours) passes while the store is away: every check fails, the clock goes on.
      app.clock.advance(3 * 3_600_000);
      expect(await app.slaTick()).toEqual({ checked: 5, recorded: 0 });
      await app.http().get('/health/live').expect(200);

      store.comeBack();
      const { body: after } = await app
        .http()
        .post('/feedback')
        .send({ channel: 'web', content: 'back' })
        .expect(201);
      ids.push(after.id as string);
      const first = await app.slaTick();
      expect(first.checked).toBeGreaterThanOrEqual(5);
      expect(first.recorded).toBe(10);
      await app.waitForViews(30_000);
      expect((await app.slaTick()).recorded).toBe(0);

      const events = await app.allEvents();
      for (const id of ids.slice(0, 5)) {
        const facts = events.filter((e) => e.streamId === `feedback-${id}` && e.type.startsWith('Sla'));
        expect(facts.map((e) => `${e.type} ${String(e.data.key)}`)).toEqual([
          'SlaBreached response/P1/c0/breach',
        ]);
      }
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      const { body: status } = await app.http().get('/admin/projections').expect(200);
      // The projector lost its subscription, took a new one from its checkpoint and applied each event once.
      expect(status).toMatchObject({ running: true, eventsApplied: events.length });
      const { live, rebuilt } = await viewsAndRebuild(app.dataDir);
      expect(live).toEqual(rebuilt);
    } finally {
      await app.stop();
    }
  });

  it('re-subscribes the projector from its checkpoint after drops in the middle of batches, applying each event once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-drops-'));
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
    try {
      await seedTickets(events, { count: 1500, seed: 11 });
      const config = loadConfig({ DATA_DIR: dir });
      const errors: string[] = [];
      let drops = 0;
      const projector = new Projector(
        dropping(events, seededRandom(5), 6, () => drops++),
        views,
        viewProjections(config.timeZone, slaRulesOf(config.sla)),
        { name: VIEWS_PROJECTOR, retryDelayMs: 5, onError: (error) => errors.push((error as Error).message) },
      );
      await projector.start();
      // Appends while it catches up and falls over: drops meet live events too.
      await seedTickets(events, { count: 500, seed: 12, start: new Date('2023-11-01T00:00:00Z') });
      const head = await events.headPosition();
      expect(await waitForCheckpoint(views, VIEWS_PROJECTOR, head, 120_000)).toBe(true);
      await projector.stop();

      expect(drops).toBe(6);
      expect(errors).toEqual(Array(6).fill('the subscription dropped'));
      expect(projector.status().eventsApplied).toBe((await events.readAll()).length);
      const { live, rebuilt } = await viewsAndRebuild(dir);
      expect(live).toEqual(rebuilt);
    } finally {
      await Promise.all([events.close(), views.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
