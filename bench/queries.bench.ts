/**
 * Query benchmark: the open-tickets queue and the KPI endpoints against the real service, at a
 * small and a large log, plus the projector's catch-up rate on the large one. Run with
 * `npm run bench`; results go to bench/RESULTS.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { seedTickets } from '../test/support/seed-tickets';
import {
  fetchWithKey,
  measure,
  peakRssMb,
  root,
  startService,
  waitForCatchUp,
  type Latency,
} from './harness';

interface Scale {
  readonly name: string;
  readonly tickets: number;
}

const SCALES: Scale[] = [
  { name: 'small', tickets: Number(process.env.BENCH_SMALL_TICKETS ?? 1_700) },
  { name: 'large', tickets: Number(process.env.BENCH_LARGE_TICKETS ?? 200_000) },
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

interface ScaleResult {
  readonly scale: Scale;
  readonly events: number;
  readonly openTickets: number;
  readonly catchUpSeconds: number;
  readonly eventsPerSecond: number;
  readonly peakRssMb?: number;
  readonly latencies: Record<string, Latency>;
}

async function runScale(scale: Scale, port: number): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), `ledger-bench-${scale.name}-`));
  try {
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const written = await seedTickets(events, {
      count: scale.tickets,
      seed: 42,
      start: new Date('2023-01-01T00:00:00Z'),
    });
    await events.close();
    const file = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const head = String(file.prepare('SELECT MAX(position) FROM events').pluck().get());
    file.close();

    const started = performance.now();
    const service = await startService({ DATA_DIR: dir }, port);
    await waitForCatchUp(service.url, head);
    const catchUpSeconds = (performance.now() - started) / 1000;

    const overview = (await (
      await fetchWithKey(`${service.url}/kpis/overview?from=2023-01-01&to=2030-12-31`)
    ).json()) as {
      backlogByAge: { count: number }[];
    };
    const openTickets = overview.backlogByAge.reduce((n, b) => n + b.count, 0);
    // Both scales receive about 280 tickets a day from 1 January 2023: the small log covers the first
    // week, the large one about two years. The two-year range shows how a query grows with its range.
    const month = 'from=2023-01-01&to=2023-01-31';
    const twoYears = 'from=2023-01-01&to=2024-12-31';
    const u = (path: string) => `${service.url}${path}`;
    const latencies: Record<string, Latency> = {
      'GET /tickets/open (first page of 50)': await measure([u('/tickets/open')], ROUNDS),
      'GET /tickets/open filtered (priority, department)': await measure(
        [u('/tickets/open?priority=P1'), u('/tickets/open?department=Technology&priority=P2,P3')],
        ROUNDS,
      ),
      'GET /kpis/timeliness by priority, one month': await measure(
        [u(`/kpis/timeliness?${month}&by=priority`)],
        ROUNDS,
      ),
      'GET /kpis/satisfaction by department, one month, weekly': await measure(
        [u(`/kpis/satisfaction?${month}&by=department&period=week`)],
        ROUNDS,
      ),
      'GET /kpis/repeat-complaints, one month': await measure(
        [u(`/kpis/repeat-complaints?${month}`)],
        ROUNDS,
      ),
      'GET /kpis/overview, one month': await measure([u(`/kpis/overview?${month}`)], ROUNDS),
      'GET /reports/monthly?month=2023-01': await measure([u('/reports/monthly?month=2023-01')], ROUNDS),
      'GET /kpis/timeliness by priority, two years, monthly': await measure(
        [u(`/kpis/timeliness?${twoYears}&by=priority&period=month`)],
        Math.min(ROUNDS, 30),
      ),
    };
    const rss = peakRssMb(service.process.pid);
    await service.stop();
    return {
      scale,
      events: written,
      openTickets,
      catchUpSeconds: Math.round(catchUpSeconds * 10) / 10,
      eventsPerSecond: Math.round(written / catchUpSeconds),
      ...(rss !== undefined ? { peakRssMb: rss } : {}),
      latencies,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(results: readonly ScaleResult[]): string {
  const lines = [
    '# Query benchmark',
    '',
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    'The service runs as its own process on the embedded SQLite files; requests are sent one at a time',
    `(${ROUNDS} per endpoint, 30 for the two-year range) from the benchmark process. Latencies in milliseconds.`,
    '',
    '| scale | events | open tickets | start and catch-up | events/s | peak RSS (MB) |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.scale.name} | ${r.events} | ${r.openTickets} | ${r.catchUpSeconds} s | ${r.eventsPerSecond} | ${r.peakRssMb ?? 'n/a'} |`,
    ),
    '',
    `| query | ${results.map((r) => `${r.scale.name} p50 | ${r.scale.name} p99`).join(' | ')} |`,
    `|---|${results.map(() => '---|---').join('|')}|`,
    ...Object.keys(results[0].latencies).map(
      (name) =>
        `| ${name} | ${results.map((r) => `${r.latencies[name].p50} | ${r.latencies[name].p99}`).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const results: ScaleResult[] = [];
  for (const [i, scale] of SCALES.entries()) {
    console.log(`seeding and projecting ${scale.tickets} tickets…`);
    results.push(await runScale(scale, 3900 + i));
    console.log(JSON.stringify(results[results.length - 1]));
  }
  const text = report(results);
  writeFileSync(join(root, 'bench', 'RESULTS.md'), text);
  console.log(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
