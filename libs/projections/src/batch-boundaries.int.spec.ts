import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSlaConfig, slaRulesOf } from '@ledger/config';
import { SqliteEventStore, type RecordedEvent } from '@ledger/event-store';
import { SqliteReadStore, type ReadDocument } from '@ledger/read-store';
import { allDocuments } from '../../../test/support/all-documents';
import { seedTickets } from '../../../test/support/seed-tickets';
import { applyBatch } from './apply-batch';
import { viewProjections } from './views/view-projections';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * Projections do part of their work once per batch (a ticket's row, the figures), so where the
 * batches fall must not show in the views: the live projector commits a few events at a time,
 * a rebuild a thousand.
 */
describe('views projected in batches of any size', () => {
  let dir: string;
  let log: RecordedEvent[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-batches-'));
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    await seedTickets(events, { count: 120, seed: 7, start: new Date('2024-03-01T00:00:00Z') });
    log = await events.readAll({ maxCount: 100_000 });
    await events.close();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function projectInBatchesOf(size: number): Promise<Record<string, ReadDocument[]>> {
    const views = SqliteReadStore.open(join(dir, `views-${size}.sqlite`));
    const projections = viewProjections(
      TIME_ZONE,
      slaRulesOf(loadSlaConfig({}, TIME_ZONE, { clockByDefault: false })),
    );
    await views.define(projections.flatMap((projection) => projection.collections));
    let after: bigint | null = null;
    for (let start = 0; start < log.length; start += size) {
      const batch = log.slice(start, start + size);
      await applyBatch(views, projections, batch, { projector: 'views', continuesFrom: after });
      after = batch[batch.length - 1].position;
    }
    const documents: Record<string, ReadDocument[]> = {};
    for (const { name } of projections.flatMap((projection) => projection.collections)) {
      documents[name] = await allDocuments(views, name);
    }
    await views.close();
    return documents;
  }

  it('leaves the same documents one event at a time, in uneven batches and in large ones', async () => {
    const oneByOne = await projectInBatchesOf(1);
    expect(oneByOne.tickets).toHaveLength(120);
    expect(oneByOne.figures_timeliness.length).toBeGreaterThan(0);
    expect(oneByOne.tickets.some((row) => row.resolvedAt !== undefined && row.closedAt !== undefined)).toBe(
      true,
    );
    expect(await projectInBatchesOf(7)).toEqual(oneByOne);
    expect(await projectInBatchesOf(1000)).toEqual(oneByOne);
  });
});
