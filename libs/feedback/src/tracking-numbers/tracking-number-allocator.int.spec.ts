import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@ledger/event-store';
import { importedFeedbackIdFor } from '../event-ids';
import { trackingNumberStreamId } from '../feedback-streams';
import { HistoricalNumbers } from './historical-numbers';
import { TrackingNumberAllocator } from './tracking-number-allocator';

describe('TrackingNumberAllocator on SQLite', () => {
  let dir: string;
  let stores: SqliteEventStore[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-numbers-'));
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each allocator or import has its own connection to the file, as separate processes would. */
  const open = (): SqliteEventStore => {
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 50 });
    stores.push(store);
    return store;
  };
  const allocator = (timeZone = 'Asia/Shanghai') => new TrackingNumberAllocator(open(), { timeZone });
  const importer = () => new HistoricalNumbers(open(), { actor: 'import' });

  it('numbers a day 0001, 0002, … in the configured time zone', async () => {
    const numbers = allocator();
    expect(await numbers.allocate(randomUUID(), new Date('2023-09-30T16:30:00Z'))).toBe('CRM202310010001');
    expect(await numbers.allocate(randomUUID(), new Date('2023-10-01T15:59:59Z'))).toBe('CRM202310010002');
    expect(await numbers.allocate(randomUUID(), new Date('2023-10-01T16:00:00Z'))).toBe('CRM202310020001');
    const utc = allocator('UTC');
    expect(await utc.allocate(randomUUID(), new Date('2023-09-30T16:30:00Z'))).toBe('CRM202309300001');
  });

  it('never gives a number twice, even to concurrent callers in two processes', async () => {
    const [a, b] = [allocator(), allocator()];
    const at = new Date('2023-10-01T02:00:00Z');
    const issued = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).allocate(randomUUID(), at)),
    );
    expect(new Set(issued).size).toBe(60);
    expect([...issued].sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => `CRM20231001${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('continues the sequence after a restart and finds the ticket a number was given to', async () => {
    const first = allocator();
    const at = new Date('2023-10-01T02:00:00Z');
    const id = randomUUID();
    await first.allocate(randomUUID(), at);
    const second = await first.allocate(id, at);
    const restarted = allocator();
    expect(await restarted.allocate(randomUUID(), at)).toBe('CRM202310010003');
    expect(await restarted.findFeedbackId(second)).toBe(id);
    expect(await restarted.findFeedbackId('CRM202310010099')).toBeUndefined();
    expect(await restarted.findFeedbackId('not-a-number')).toBeUndefined();
  });

  it('grows past four digits on a busy day', async () => {
    const numbers = allocator();
    const at = new Date('2023-10-01T02:00:00Z');
    const issued = await Promise.all(
      Array.from({ length: 10_001 }, () => numbers.allocate(randomUUID(), at)),
    );
    expect(issued[9_998]).toBe('CRM202310019999');
    expect(issued[9_999]).toBe('CRM2023100110000');
    expect(new Set(issued).size).toBe(10_001);
    const reservations = await stores[0].readStream('trackingno-20231001');
    expect(reservations).toHaveLength(10_001);
    expect(new Set(reservations.map((e) => e.position)).size).toBe(10_001);
  });

  describe('with numbers held for imported tickets', () => {
    const day = new Date('2023-10-09T02:00:00Z');

    it('holds numbers in any order, and live intake carries on after the highest', async () => {
      const numbers = importer();
      expect(await numbers.hold(['CRM202310090005'])).toEqual(new Map());
      expect(await numbers.hold(['CRM202310090002', 'CRM202310090005'])).toEqual(new Map());
      const live = allocator();
      expect(await live.allocate(randomUUID(), day)).toBe('CRM202310090006');
      expect(await live.findFeedbackId('CRM202310090002')).toBe(importedFeedbackIdFor('CRM202310090002'));
    });

    it('answers the ticket a number issued live belongs to, and holds the others around it', async () => {
      const live = allocator();
      const liveTicket = randomUUID();
      expect(await live.allocate(liveTicket, day)).toBe('CRM202310090001');
      expect(await importer().hold(['CRM202310090001', 'CRM202310090003'])).toEqual(
        new Map([['CRM202310090001', liveTicket]]),
      );
      expect(await live.allocate(randomUUID(), day)).toBe('CRM202310090004');
    });

    it('writes each number once when two imports hold the same day at once', async () => {
      const [a, b] = [importer(), importer()];
      const held = await Promise.all([
        a.hold(['CRM202310090700']),
        b.hold(['CRM202310090650', 'CRM202310090700']),
      ]);
      expect(held).toEqual([new Map(), new Map()]);
      const stream = await open().readStream(trackingNumberStreamId('20231009'));
      expect(stream.map((event) => event.data.ticketNo)).toEqual(
        Array.from({ length: 700 }, (_, i) => `CRM20231009${String(i + 1).padStart(4, '0')}`),
      );
    });
  });
});
