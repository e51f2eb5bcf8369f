import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Response, Test } from 'supertest';
import { feedbackIdFor } from '@ledger/feedback';
import type { RecordedEvent } from '@ledger/event-store';
import { viewsAndRebuild } from './support/rebuilt-views';
import {
  captureSqliteConnections,
  fillUp,
  makeRoom,
  type SqliteConnections,
} from './support/sqlite-connections';
import { mountSmallFileSystem, type SmallFileSystem } from './support/small-file-system';
import { TestApp } from './support/test-app';

const intakeOn = (app: TestApp, key: string, customer?: object): Test =>
  app
    .http()
    .post('/feedback')
    .set('Idempotency-Key', key)
    .send({ channel: 'web', content: `the checkout fails (${key})`, ...(customer ? { customer } : {}) });

/** Sends intakes until one is refused; every one before it must have been taken. */
async function refusedIntake(
  app: TestApp,
  keyOf: (i: number) => string,
  customerOf?: (i: number) => object,
): Promise<{ refused: Response; key: string; taken: number }> {
  for (let i = 0; i < 300; i++) {
    const answer = await intakeOn(app, keyOf(i), customerOf?.(i));
    if (answer.status !== 201) return { refused: answer, key: keyOf(i), taken: i };
  }
  throw new Error('every intake was taken: the store never filled');
}

const commandEvents = (events: readonly RecordedEvent[], key: string): RecordedEvent[] =>
  events.filter((event) => event.metadata.commandId === key);

/**
 * The service on stores that cannot write. The faults come from SQLite itself, on the app's own
 * connections: `max_page_count` at the file's size for a full disk (SQLITE_FULL), `query_only`
 * for a read-only file (SQLITE_READONLY). The last block fills a real small file system, where
 * this machine lets the test mount one.
 */
describe('a store that cannot write', () => {
  let app: TestApp;
  let db: SqliteConnections;

  beforeEach(async () => {
    const capture = captureSqliteConnections();
    try {
      app = await TestApp.start();
    } finally {
      capture.restore();
    }
    db = capture.connections;
  });
  afterEach(async () => {
    await app.stop();
  });

  const intake = (key: string, customer?: object): Test => intakeOn(app, key, customer);
  const intakeUntilRefused = (keyOf: (i: number) => string, customerOf?: (i: number) => object) =>
    refusedIntake(app, keyOf, customerOf);

  it('answers 503 with the reason and Retry-After on a full event file, keeps nothing of the command, and takes it again once there is room', async () => {
    await intake('before-full').expect(201);
    fillUp(db.events!);
    const before = await app.allEvents();
    const { refused, key, taken } = await intakeUntilRefused((i) => `while-full-${i}`);

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'the event store cannot write: the disk is full',
      reason: 'disk_full',
    });
    const after = await app.allEvents();
    // The refused intake left no ticket; at most its tracking number was held, as after a crash.
    expect(await app.store.readStream(`feedback-${feedbackIdFor(key)}`)).toEqual([]);
    expect(commandEvents(after, key)).toEqual([]);
    const takenKeys = Array.from({ length: taken }, (_, i) => `while-full-${i}`);
    const added = after.slice(before.length);
    expect(
      added.filter(
        (e) => e.type !== 'TrackingNumberReserved' && !takenKeys.includes(String(e.metadata.commandId)),
      ),
    ).toEqual([]);

    makeRoom(db.events!);
    const retried = await intake(key).expect(201);
    const stored = commandEvents(await app.allEvents(), key);
    expect(stored.map((e) => e.type)).toEqual(['FeedbackReceived']);
    expect(stored[0].streamId).toBe(`feedback-${retried.body.id}`);
    await intake(key).expect(201);
    expect(commandEvents(await app.allEvents(), key)).toHaveLength(1);
  });

  it('answers 503 on a read-only event file without changing the ticket, and applies the same command once writable', async () => {
    const { body: ticket } = await intake('ticket').expect(201);
    await app
      .http()
      .post(`/feedback/${ticket.id}/classify`)
      .send({ category: 'function_issue', priority: 'P2' })
      .expect(200);
    const before = await app.allEvents();
    db.events!.pragma('query_only = ON');
    const assign = () =>
      app
        .http()
        .post(`/feedback/${ticket.id}/assign`)
        .set('Idempotency-Key', 'assign-1')
        .send({ department: 'Technology' });
    const refused = await assign().expect(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body).toMatchObject({
      message: 'the event store cannot write: its files are read-only',
      reason: 'read_only',
    });
    expect(await app.allEvents()).toEqual(before);

    db.events!.pragma('query_only = OFF');
    const applied = await assign().expect(200);
    expect(applied.body).toMatchObject({ status: 'assigned' });
    await assign().expect(200);
    expect(commandEvents(await app.allEvents(), 'assign-1').map((e) => e.type)).toEqual(['FeedbackAssigned']);
  });

  it('answers 503 when the customer key file is full, and seals the customer’s data once there is room', async () => {
    fillUp(db.keys!);
    const customerOf = (i: number) => ({
      name: `Customer ${i}`,
      phone: `1380000${String(i).padStart(4, '0')}`,
    });
    const { refused, key, taken } = await intakeUntilRefused((i) => `customer-${i}`, customerOf);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({
      message: 'the customer key store cannot write: the disk is full',
      reason: 'disk_full',
    });
    expect(commandEvents(await app.allEvents(), key)).toEqual([]);

    makeRoom(db.keys!);
    const { body: ticket } = await intake(key, customerOf(taken)).expect(201);
    const { body: shown } = await app.http().get(`/feedback/${ticket.id}`).expect(200);
    expect(shown.customer).toMatchObject(customerOf(taken));
  });

  it('keeps the projector retrying while the views file is full, and catches up to a rebuild once there is room', async () => {
    await intake('first').expect(201);
    await app.waitForViews();
    fillUp(db.views!);
    // Commands do not need the views: they are still taken.
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await intake(`while-views-full-${i}`).expect(201));
    const last = answers[answers.length - 1].body.position as string;
    // The projector cannot commit, so reads that wait for the last intake give up; it keeps trying.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await app.http().get(`/tickets/open?minPosition=${last}`).expect(503);
    const { body: stuck } = await app.http().get('/admin/projections').expect(200);
    expect(stuck.running).toBe(true);
    expect(BigInt(stuck.position as string)).toBeLessThan(BigInt(last));

    makeRoom(db.views!);
    // Its next try, a second after the last failure, commits what it could not.
    await app.waitForViews(30_000);
    const { body: queue } = await app.http().get(`/tickets/open?minPosition=${last}&limit=500`).expect(200);
    expect(queue.items).toHaveLength(41);
    const { live, rebuilt } = await viewsAndRebuild(app.dataDir);
    expect(live).toEqual(rebuilt);
    const { body: status } = await app.http().get('/admin/projections').expect(200);
    // Every event applied once: the failed batches were committed later, none twice.
    expect(status.eventsApplied).toBe((await app.allEvents()).length);
  });
});

// Mounting needs root and the mount capability; where the machine refuses, the injected faults above stand in.
const probe = mountSmallFileSystem('1m');
probe?.unmount();

if (probe) {
  describe('a real full disk (a 32 MB tmpfs)', () => {
    let disk: SmallFileSystem;
    let app: TestApp;

    beforeAll(async () => {
      const mounted = mountSmallFileSystem('32m');
      if (!mounted) throw new Error('the small file system mounted a moment ago cannot be mounted now');
      disk = mounted;
      app = await TestApp.start(undefined, {}, join(disk.dir, 'data'));
    });
    afterAll(async () => {
      await app?.close();
      disk?.unmount();
    });

    it('answers 503, keeps nothing partial, and recovers with the views caught up once space returns', async () => {
      await intakeOn(app, 'before').expect(201);
      disk.fill();
      const { refused, key } = await refusedIntake(app, (i) => `on-full-disk-${i}`);
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.body).toMatchObject({ message: 'the event store cannot write: the disk is full' });
      expect(commandEvents(await app.allEvents(), key)).toEqual([]);

      disk.free();
      await intakeOn(app, key).expect(201);
      expect(commandEvents(await app.allEvents(), key).map((e) => e.type)).toEqual(['FeedbackReceived']);
      const events = new Database(join(app.dataDir, 'events.sqlite'), { readonly: true });
      expect(events.pragma('integrity_check', { simple: true })).toBe('ok');
      events.close();
      const { live, rebuilt } = await viewsAndRebuild(app.dataDir, 30_000);
      expect(live).toEqual(rebuilt);
    });
  });
}
