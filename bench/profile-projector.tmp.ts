import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { SqliteReadStore } from '@ledger/read-store';
import { applyBatch } from '../libs/projections/src/apply-batch';
import { viewProjections } from '@ledger/projections';
import { loadSlaConfig, slaRulesOf } from '@ledger/config';
import { seedTickets } from '../test/support/seed-tickets';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'prof-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const n = await seedTickets(store, { count: Number(process.env.TICKETS ?? 5000), seed: 42, start: new Date('2023-01-01T00:00:00Z') });
  const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
  const sla = loadSlaConfig({}, 'Asia/Shanghai', { clockByDefault: false });
  const projections = viewProjections('Asia/Shanghai', slaRulesOf(sla));
  await views.define(projections.flatMap((p) => p.collections));
  const started = performance.now();
  let after: bigint | undefined;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) break;
    await applyBatch(views, projections, batch, { projector: 'p', continuesFrom: after ?? null });
    after = batch[batch.length - 1].position;
  }
  const s = (performance.now() - started) / 1000;
  console.log(`${n} events in ${s.toFixed(1)} s: ${Math.round(n / s)} events/s`);
}
main();
