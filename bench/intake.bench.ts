/**
 * Intake and lifecycle benchmark: the service as its own process under autocannon load, each
 * figure beside the same load on a bare Nest endpoint (same adapter, DTOs and validation, no
 * storage) measured in the same run. Run with `npm run bench:intake`; results go to
 * bench/RESULTS-intake.md.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfTimeByPlace } from './cpu-profile';
import { fetchWithKey, peakRssMb, root, startService, type Service } from './harness';
import { load, type LoadRequest, type LoadResult } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const KEY = { authorization: 'Bearer bench-every-role-key-0123456789' };

let customers = 0;
const intake: LoadRequest = {
  method: 'POST',
  path: '/feedback',
  setupRequest: (request) => ({
    ...request,
    body: JSON.stringify({
      channel: 'app',
      content: '登录后页面一直转圈，刷新也没用，订单也提交不了',
      customer: { name: '王女士', phone: `139${String(++customers).padStart(8, '0')}` },
    }),
  }),
};

const LIFECYCLE: readonly [string, object][] = [
  ['classify', { category: 'function_issue', priority: 'P2', topics: ['login'] }],
  ['assign', { department: 'Technology', assignee: 'dev-li' }],
  ['acknowledge', {}],
  ['progress', { note: 'reproduced on Android 14' }],
  ['resolve', { solution: 'session cache fixed', kind: 'fix' }],
  ['satisfaction', { rating: 'satisfied', score: 5 }],
];

/** The six commands of a ticket's life, each connection working one ticket after another. */
function lifecycle(tickets: string[]): LoadRequest[] {
  return LIFECYCLE.map(([command, body], step) => ({
    method: 'POST',
    setupRequest: (request, context) => {
      // autocannon keeps one context per connection: the ticket it is working on.
      const ticket = context as { id?: string };
      if (step === 0) ticket.id = tickets.pop() ?? 'none-left';
      return { ...request, path: `/feedback/${ticket.id}/${command}`, body: JSON.stringify(body) };
    },
  }));
}

async function startBaseline(port: number): Promise<Service> {
  const child = spawn(process.execPath, [join(root, 'dist/bench/baseline/main.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${url}/feedback`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    }).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

/** Samples the projector's lag every 200 ms while `during` runs; the lag of each committed batch. */
async function withLagSamples<T>(url: string, during: Promise<T>): Promise<{ value: T; lags: number[] }> {
  const lags: number[] = [];
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const status = (await (await fetchWithKey(`${url}/admin/projections`)).json()) as {
        lagSeconds: number;
      };
      lags.push(status.lagSeconds);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const value = await during;
  done = true;
  await sampling;
  return { value, lags };
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
};

/** Receives tickets as fast as the service takes them, keeping their ids for the lifecycle run. */
async function seedTickets(url: string): Promise<string[]> {
  const ids: string[] = [];
  await load(
    url,
    [{ ...intake, onResponse: (status, body) => void (status === 201 && ids.push(JSON.parse(body).id)) }],
    {
      connections: CONNECTIONS,
      seconds: Math.ceil(SECONDS * 1.5),
      headers: KEY,
    },
  );
  return ids;
}

interface Row {
  readonly name: string;
  readonly result: LoadResult;
  readonly baseline: LoadResult;
  readonly target: number;
  readonly rssMb?: number;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const baseline = await startBaseline(3990);
  const baseIntake = await load(baseline.url, [intake], { connections: CONNECTIONS, seconds: SECONDS });
  const fakeIds = Array.from({ length: 200_000 }, () => randomUUID());
  const baseLifecycle = await load(baseline.url, lifecycle(fakeIds), {
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  await baseline.stop();

  let lagP99 = 0;
  for (const triage of ['off', 'on'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-intake-'));
    const service = await startService({ DATA_DIR: dir, LEDGER_AUTO_TRIAGE: triage }, 3991);
    const { value: result, lags } = await withLagSamples(
      service.url,
      load(service.url, [intake], { connections: CONNECTIONS, seconds: SECONDS, headers: KEY }),
    );
    if (triage === 'on') lagP99 = percentile(lags, 0.99);
    rows.push({
      name: `intake, automatic triage ${triage}`,
      result,
      baseline: baseIntake,
      target: 0.7,
      rssMb: peakRssMb(service.process.pid),
    });
    if (triage === 'off') {
      const tickets = await seedTickets(service.url);
      const life = await load(service.url, lifecycle(tickets), {
        connections: CONNECTIONS,
        seconds: SECONDS,
        headers: KEY,
      });
      rows.push({
        name: 'lifecycle (classify … satisfaction)',
        result: life,
        baseline: baseLifecycle,
        target: 0.6,
        rssMb: peakRssMb(service.process.pid),
      });
    }
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const profileDir = mkdtempSync(join(tmpdir(), 'ledger-bench-profile-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-intake-'));
  const profiled = await startService({ DATA_DIR: dataDir }, 3992, [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
  ]);
  await load(profiled.url, [intake], {
    connections: CONNECTIONS,
    seconds: Math.min(SECONDS, 10),
    headers: KEY,
  });
  await profiled.stop();
  const places = selfTimeByPlace(profileDir);
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });

  const text = report(rows, lagP99, places);
  writeFileSync(join(root, 'bench', 'RESULTS-intake.md'), text);
  console.log(text);
}

function report(
  rows: readonly Row[],
  lagP99: number,
  places: readonly { place: string; share: number }[],
): string {
  const ratio = (row: Row) =>
    Math.round((row.result.requestsPerSecond / row.baseline.requestsPerSecond) * 100) / 100;
  return [
    '# Intake and lifecycle benchmark',
    '',
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per figure, from the benchmark process; the service and the`,
    'baseline (the same Nest adapter, DTOs and validation pipe, no storage: `bench/baseline`) each run as',
    'their own process on the same machine, one after the other. Events are appended with `synchronous=FULL`.',
    'Latencies in ms; RSS is the process peak.',
    '',
    '| load | service req/s | baseline req/s | ratio | target | service p50 / p99 | baseline p50 / p99 | failed | peak RSS (MB) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.result.requestsPerSecond} | ${row.baseline.requestsPerSecond} | ${ratio(row)} | ≥ ${row.target} | ${row.result.p50} / ${row.result.p99} | ${row.baseline.p50} / ${row.baseline.p99} | ${row.result.failed} | ${row.rssMb ?? 'n/a'} |`,
    ),
    '',
    `Projection lag under the intake load (automatic triage on), p99 of the lag of committed batches sampled every 200 ms: ${lagP99} s (target ≤ 1 s).`,
    '',
    'Where the intake spends its time (CPU profile of the service under the same intake load, self time by place):',
    '',
    '| place | share of samples (%) |',
    '|---|---|',
    ...places.map(({ place, share }) => `| ${place} | ${share} |`),
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
