/**
 * Query benchmark: the open-tickets queue and the KPI endpoints against the real service, at a
 * small and a large log (`BENCH_SMALL_TICKETS`, default 1,700, about 10,000 events;
 * `BENCH_LARGE_TICKETS`, default 200,000, over a million events; `BENCH_ROUNDS` requests per
 * endpoint), the projector's catch-up rate, and the service's memory once it holds the log.
 * Part of `npm run bench` (`queries`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { seedTickets } from '../test/support/seed-tickets';
import { count, runStamp, type BenchmarkSection, type HeadlineRow } from './benchmark-section';
import {
  fetchWithKey,
  measure,
  peakRssMb,
  rssMb,
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
  /** The process's peak resident memory once its views have caught up (start and catch-up). */
  readonly peakRssMb?: number;
  /** Its resident memory right after catching up, and after the query rounds. */
  readonly caughtUpRssMb?: number;
  readonly afterQueriesRssMb?: number;
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
    const peakRss = peakRssMb(service.process.pid);
    const caughtUpRss = rssMb(service.process.pid);

    const overview = (await (
      await fetchWithKey(`${service.url}/kpis/overview?from=2023-01-01&to=2030-12-31`)
    ).json()) as {
      backlogByAge: { count: number }[];
    };
    const openTickets = overview.backlogByAge.reduce((n, b) => n + b.count, 0);
    // Both scales receive about 280 tickets a day from 1 January 2023: the small log covers the first
    // week, the large one about two years. The two-year range shows how a query grows with its range.
    const month = 'from=2023-01-01&to=2023-01-31';
    // The small log is the first tickets of the large one (same seed), received before the sixth day:
    // over the first five days both logs give the same answer, so only the log's size differs.
    const fiveDays = 'from=2023-01-01&to=2023-01-05';
    const twoYears = 'from=2023-01-01&to=2024-12-31';
    const u = (path: string) => `${service.url}${path}`;
    const latencies: Record<string, Latency> = {
      'GET /tickets/open (first page of 50)': await measure([u('/tickets/open')], ROUNDS),
      'GET /tickets/open filtered (priority, department)': await measure(
        [u('/tickets/open?priority=P1'), u('/tickets/open?department=Technology&priority=P2,P3')],
        ROUNDS,
      ),
      [SAME_ANSWER]: await measure([u(`/kpis/timeliness?${fiveDays}&by=priority`)], ROUNDS),
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
    const afterQueriesRss = rssMb(service.process.pid);
    await service.stop();
    return {
      scale,
      events: written,
      openTickets,
      catchUpSeconds: Math.round(catchUpSeconds * 10) / 10,
      eventsPerSecond: Math.round(written / catchUpSeconds),
      ...(peakRss !== undefined ? { peakRssMb: peakRss } : {}),
      ...(caughtUpRss !== undefined ? { caughtUpRssMb: caughtUpRss } : {}),
      ...(afterQueriesRss !== undefined ? { afterQueriesRssMb: afterQueriesRss } : {}),
      latencies,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RSS_TARGET_MB = 400;
const OPEN_QUEUE = 'GET /tickets/open (first page of 50)';
const OPEN_FILTERED = 'GET /tickets/open filtered (priority, department)';
const MONTH_KPIS = [
  'GET /kpis/timeliness by priority, one month',
  'GET /kpis/satisfaction by department, one month, weekly',
  'GET /kpis/repeat-complaints, one month',
  'GET /kpis/overview, one month',
];
const TWO_YEARS = 'GET /kpis/timeliness by priority, two years, monthly';
const SAME_ANSWER = 'GET /kpis/timeliness by priority, first five days (the same answer at both scales)';
const LATENCY_TARGET_MS = 20;
const GROWTH_TARGET = 1.5;

function report(results: readonly ScaleResult[]): string {
  return [
    '## Queries and memory',
    '',
    runStamp(),
    'The service runs as its own process on the embedded SQLite files; requests are sent one at a time',
    `(${ROUNDS} per endpoint, 30 for the two-year range) from the benchmark process. Latencies in milliseconds.`,
    'Memory: the peak resident set of the process once its views have caught up (start and catch-up), its',
    'resident set right after catching up, and after the query rounds.',
    '',
    '| scale | events | open tickets | start and catch-up | events/s | peak RSS during catch-up (MB) | RSS caught up (MB) | RSS after queries (MB) |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.scale.name} | ${r.events} | ${r.openTickets} | ${r.catchUpSeconds} s | ${r.eventsPerSecond} | ${r.peakRssMb ?? 'n/a'} | ${r.caughtUpRssMb ?? 'n/a'} | ${r.afterQueriesRssMb ?? 'n/a'} |`,
    ),
    '',
    `| query | ${results.map((r) => `${r.scale.name} p50 | ${r.scale.name} p99`).join(' | ')} |`,
    `|---|${results.map(() => '---|---').join('|')}|`,
    ...Object.keys(results[0].latencies).map(
      (name) =>
        `| ${name} | ${results.map((r) => `${r.latencies[name].p50} | ${r.latencies[name].p99}`).join(' | ')} |`,
    ),
  ].join('\n');
}

/** The large log's p99 of `query` beside the small log's, against the latency target when `target`. */
function queryRow(
  figure: string,
  query: string,
  small: ScaleResult,
  large: ScaleResult,
  target = true,
): HeadlineRow {
  const [p99, base] = [large.latencies[query].p99, small.latencies[query].p99];
  return {
    figure,
    measured: `${p99} ms`,
    comparison: `${base} ms at ${count(small.events)} events (× ${(p99 / base).toFixed(1)})`,
    target: target ? `≤ ${LATENCY_TARGET_MS} ms` : '—',
    ...(target ? { met: p99 <= LATENCY_TARGET_MS } : {}),
  };
}

/** How much slower the same query, with the same answer, runs on the large log than on the small. */
function growthRow(small: ScaleResult, large: ScaleResult): HeadlineRow {
  const [p99, base] = [large.latencies[SAME_ANSWER].p99, small.latencies[SAME_ANSWER].p99];
  return {
    figure: `KPI query p99 at ${count(large.events)} events ÷ at ${count(small.events)} (timeliness by priority, first five days: the same answer from both logs)`,
    measured: `× ${(p99 / base).toFixed(2)}`,
    comparison: `${p99} ms against ${base} ms`,
    target: `≤ ${GROWTH_TARGET}×`,
    met: p99 / base <= GROWTH_TARGET,
  };
}

function headline(small: ScaleResult, large: ScaleResult): HeadlineRow[] {
  const slowest = MONTH_KPIS.reduce((a, b) => (large.latencies[b].p99 > large.latencies[a].p99 ? b : a));
  const settled = [large.caughtUpRssMb, large.afterQueriesRssMb].filter((mb) => mb !== undefined);
  return [
    queryRow(`Open-ticket queue p99 at ${count(large.openTickets)} open tickets`, OPEN_QUEUE, small, large),
    queryRow(
      `Open-ticket queue, filtered, p99 at ${count(large.openTickets)} open tickets`,
      OPEN_FILTERED,
      small,
      large,
    ),
    queryRow(
      `Slowest one-month KPI query p99 at ${count(large.events)} events (${slowest.slice(4)})`,
      slowest,
      small,
      large,
    ),
    growthRow(small, large),
    queryRow(`Two-year timeliness p99 at ${count(large.events)} events`, TWO_YEARS, small, large, false),
    {
      figure: `Service RSS once caught up at ${count(large.events)} events`,
      measured:
        settled.length > 0
          ? `${large.caughtUpRssMb ?? 'n/a'} MB (${large.afterQueriesRssMb ?? 'n/a'} MB after the queries)`
          : 'n/a',
      comparison: `peak ${large.peakRssMb ?? 'n/a'} MB during start and catch-up`,
      target: `≤ ${RSS_TARGET_MB} MB`,
      ...(settled.length > 0 ? { met: Math.max(...settled) <= RSS_TARGET_MB } : {}),
    },
  ];
}

/** Both scales, one after the other, each on its own seeded log and service. */
export async function runQueriesBenchmark(): Promise<BenchmarkSection> {
  const results: ScaleResult[] = [];
  for (const [i, scale] of SCALES.entries()) {
    console.log(`seeding and projecting ${scale.tickets} tickets…`);
    results.push(await runScale(scale, 3900 + i));
    console.log(JSON.stringify(results[results.length - 1]));
  }
  const [small, large] = results;
  return { markdown: report(results), headline: headline(small, large) };
}
