/**
 * Projection rebuild benchmark: a seeded log replayed from zero through the views' projections
 * into the embedded read store, in this process, beside the raw SQLite insert rate of the very
 * documents the rebuild wrote, measured in the same run (`BENCH_REBUILD_TICKETS`, default 170,000
 * tickets, about a million events). Part of `npm run bench` (`rebuild`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadSlaConfig, slaRulesOf } from '@ledger/config';
import { SqliteEventStore } from '@ledger/event-store';
import { viewProjections, type Projection } from '@ledger/projections';
import { SqliteReadStore, type ReadDocument } from '@ledger/read-store';
import { applyBatch } from '../libs/projections/src/apply-batch';
import { seedTickets } from '../test/support/seed-tickets';
import { count, runStamp, type BenchmarkSection } from './benchmark-section';
import { profileWhile, stageTable, timeByStage } from './cpu-profile';
import { REBUILD_STAGES } from './profile-stages';

const TICKETS = Number(process.env.BENCH_REBUILD_TICKETS ?? 170_000);
const BATCH = 1000;
const TIME_ZONE = 'Asia/Shanghai';
const TARGET_EVENTS_PER_SECOND = 50_000;
const TARGET_RAW_RATIO = 4;
/** The profiled replay is a second one, over the start of the log: the profiler slows what it watches. */
const PROFILED_EVENTS = Number(process.env.BENCH_REBUILD_PROFILED_EVENTS ?? 200_000);

/** Replays the log from zero into `views`, up to `limit` events, a batch at a time. */
async function replay(
  events: SqliteEventStore,
  views: SqliteReadStore,
  projections: readonly Projection[],
  limit = Infinity,
  onBatch: () => void = () => undefined,
): Promise<void> {
  let after: bigint | undefined;
  for (let replayed = 0; replayed < limit;) {
    const batch = await events.readAll({ after, maxCount: Math.min(BATCH, limit - replayed) });
    if (batch.length === 0) break;
    await applyBatch(views, projections, batch, { projector: 'rebuild', continuesFrom: after ?? null });
    after = batch[batch.length - 1].position;
    replayed += batch.length;
    onBatch();
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Rebuilds the views from a seeded log, then inserts the documents they wrote as plainly as SQLite allows. */
export async function runRebuildBenchmark(): Promise<BenchmarkSection> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-rebuild-'));
  try {
    console.log(`seeding ${TICKETS} tickets…`);
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const written = await seedTickets(events, {
      count: TICKETS,
      seed: 42,
      start: new Date('2023-01-01T00:00:00Z'),
    });

    const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
    const projections = viewProjections(
      TIME_ZONE,
      slaRulesOf(loadSlaConfig({}, TIME_ZONE, { clockByDefault: false })),
    );
    const collections = projections.flatMap((projection) => projection.collections);
    await views.define(collections);
    let peakRss = process.memoryUsage.rss();
    const started = performance.now();
    await replay(events, views, projections, Infinity, () => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    });
    const rebuildSeconds = (performance.now() - started) / 1000;

    // The same documents, inserted as plainly as SQLite allows: one table, JSON text, 1,000 a transaction.
    const documents: [string, ReadDocument][] = [];
    for (const { name } of collections) {
      let next: string | undefined;
      do {
        const page = await views.query(name, { limit: 5000, ...(next ? { after: next } : {}) });
        for (const item of page.items) documents.push([name, item]);
        next = page.next;
      } while (next);
    }
    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec(
      'CREATE TABLE documents (collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id))',
    );
    const insert = raw.prepare('INSERT INTO documents VALUES (?, ?, ?)');
    const insertMany = raw.transaction((rows: [string, ReadDocument][]) => {
      for (const [collection, document] of rows)
        insert.run(collection, document.id, JSON.stringify(document));
    });
    const rawStarted = performance.now();
    for (let i = 0; i < documents.length; i += BATCH) insertMany(documents.slice(i, i + BATCH));
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    raw.close();

    await views.reset(
      'rebuild',
      collections.map(({ name }) => name),
    );
    const profiled = Math.min(PROFILED_EVENTS, written);
    const stages = timeByStage(
      [await profileWhile(() => replay(events, views, projections, profiled))],
      REBUILD_STAGES,
    );
    await views.close();
    await events.close();

    const eventsPerSecond = Math.round(written / rebuildSeconds);
    const documentsPerSecond = Math.round(documents.length / rawSeconds);
    const rawRatio = Math.round((documentsPerSecond / eventsPerSecond) * 10) / 10;
    const markdown = [
      '## Projection rebuild',
      '',
      runStamp(),
      'The views projections (tickets, figures, problems, knowledge) replay a seeded log from zero into the',
      'embedded SQLite read store in batches of 1,000 events, in the benchmark process; then the documents',
      'they wrote are inserted again, plainly, into one SQLite table in transactions of 1,000.',
      '',
      '| tickets | events | rebuild (s) | events/s | target | documents | raw insert (s) | raw documents/s | raw ÷ rebuild | peak RSS of this process (MB) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      `| ${TICKETS} | ${written} | ${rebuildSeconds.toFixed(1)} | ${eventsPerSecond} | ≥ ${TARGET_EVENTS_PER_SECOND} | ${documents.length} | ${rawSeconds.toFixed(1)} | ${documentsPerSecond} | ${rawRatio.toFixed(1)} (target ≤ ${TARGET_RAW_RATIO}) | ${mb(peakRss)} |`,
      '',
      `Where the rebuild spends its time: a CPU profile of a second replay of the first ${count(profiled)} events`,
      'into emptied views. Each sample counts for the first stage, in this order, whose code is on its stack.',
      '',
      ...stageTable(stages),
    ].join('\n');
    return {
      markdown,
      headline: [
        {
          figure: `Projection rebuild rate at ${count(written)} events`,
          measured: `${eventsPerSecond} events/s`,
          comparison: `raw insert ${documentsPerSecond} documents/s`,
          target: `≥ ${TARGET_EVENTS_PER_SECOND} events/s`,
          met: eventsPerSecond >= TARGET_EVENTS_PER_SECOND,
        },
        {
          figure: `Raw insert rate ÷ rebuild rate at ${count(written)} events`,
          measured: `${rawRatio.toFixed(1)}`,
          comparison: `${documentsPerSecond} documents/s ÷ ${eventsPerSecond} events/s`,
          target: `≤ ${TARGET_RAW_RATIO}`,
          met: rawRatio <= TARGET_RAW_RATIO,
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
