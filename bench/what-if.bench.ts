/**
 * What-if benchmark: `POST /kpis/what-if` replays a generated log under a stricter and a looser
 * SLA policy while the service's resident memory is sampled, at two log sizes, to show that the
 * replay's memory does not grow with the log. Run with `npm run bench:what-if`; results go to
 * bench/RESULTS-what-if.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { seedTickets } from '../test/support/seed-tickets';
import { fetchWithKey, root, rssMb, startService, waitForCatchUp } from './harness';

const SIZES = [
  Number(process.env.BENCH_WHAT_IF_SMALL ?? 8_000),
  Number(process.env.BENCH_WHAT_IF_LARGE ?? 40_000),
];
const PERIOD = { from: '2023-01-01', to: '2023-12-31' };
const every = (duration: string) =>
  Object.fromEntries(['P1', 'P2', 'P3', 'P4', 'unclassified'].map((p) => [p, duration]));
const POLICIES = {
  stricter: { response: every('1h'), resolution: every('4h') },
  looser: { response: every('20wd'), resolution: every('40wd') },
};

type Stats = { handled: number; timely: number };
type Report = { totals: { value: string; response: Stats; resolution: Stats }[] };

/** The timely share of first resolutions over all priorities. */
const timelyShare = (report: Report): number => {
  const handled = report.totals.reduce((n, row) => n + row.resolution.handled, 0);
  const timely = report.totals.reduce((n, row) => n + row.resolution.timely, 0);
  return Math.round((timely / handled) * 1000) / 1000;
};

interface Run {
  readonly tickets: number;
  readonly events: number;
  readonly rssBeforeMb: number;
  readonly outcomes: {
    policy: string;
    seconds: number;
    eventsPerSecond: number;
    peakRssMb: number;
    actual: number;
    whatIf: number;
  }[];
}

async function whatIf(url: string, pid: number, policy: object) {
  let peak = rssMb(pid) ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 50);
  const started = performance.now();
  const res = await fetchWithKey(`${url}/kpis/what-if`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...PERIOD, policy }),
  });
  const text = await res.text();
  clearInterval(sampler);
  if (!res.ok) throw new Error(`what-if answered ${res.status}: ${text}`);
  const last = JSON.parse(text.trim().split('\n').at(-1) ?? '{}') as {
    result: { actual: Report; whatIf: Report; replayedEvents: number };
  };
  return { seconds: (performance.now() - started) / 1000, peak, result: last.result };
}

async function runSize(tickets: number, port: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-what-if-'));
  try {
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const events = await seedTickets(store, {
      count: tickets,
      seed: 7,
      start: new Date('2023-01-01T00:00:00Z'),
    });
    await store.close();
    const file = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const head = String(file.prepare('SELECT MAX(position) FROM events').pluck().get());
    file.close();
    const service = await startService({ DATA_DIR: dir, LEDGER_VIEW_WAIT_MS: '60000' }, port);
    await waitForCatchUp(service.url, head);
    const pid = service.process.pid ?? 0;
    const rssBeforeMb = rssMb(pid) ?? 0;
    const outcomes: Run['outcomes'] = [];
    for (const [name, policy] of Object.entries(POLICIES)) {
      const { seconds, peak, result } = await whatIf(service.url, pid, policy);
      outcomes.push({
        policy: name,
        seconds: Math.round(seconds * 10) / 10,
        eventsPerSecond: Math.round(result.replayedEvents / seconds),
        peakRssMb: peak,
        actual: timelyShare(result.actual),
        whatIf: timelyShare(result.whatIf),
      });
    }
    await service.stop();
    return { tickets, events, rssBeforeMb, outcomes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(runs: readonly Run[]): string {
  return [
    '# What-if benchmark',
    '',
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    'The service runs as its own process on the embedded SQLite files, its views caught up; each',
    '`POST /kpis/what-if` replays the whole log for the year 2023 under the policy named, while the',
    "service's resident memory is sampled every 50 ms. Timely share: first resolutions within target,",
    'all priorities, live (actual) and replayed (what-if).',
    '',
    '| tickets | events | RSS before (MB) | policy | replay (s) | events/s | peak RSS during (MB) | timely actual | timely what-if |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.flatMap((run) =>
      run.outcomes.map(
        (o) =>
          `| ${run.tickets} | ${run.events} | ${run.rssBeforeMb} | ${o.policy} | ${o.seconds} | ${o.eventsPerSecond} | ${o.peakRssMb} | ${o.actual} | ${o.whatIf} |`,
      ),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const runs: Run[] = [];
  for (const [i, tickets] of SIZES.entries()) {
    console.log(`seeding ${tickets} tickets and projecting them…`);
    runs.push(await runSize(tickets, 3950 + i));
    console.log(JSON.stringify(runs[runs.length - 1]));
  }
  const text = report(runs);
  writeFileSync(join(root, 'bench', 'RESULTS-what-if.md'), text);
  console.log(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
