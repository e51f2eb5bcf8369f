/**
 * Intake and lifecycle benchmark: the service as its own process under autocannon load, each
 * figure beside the same load on a bare Nest endpoint (same adapter, DTOs and validation, no
 * storage) measured in the same run; the projection lag under intake load, and where the intake
 * spends its time. `BENCH_SECONDS` (default 20) per figure. Part of `npm run bench` (`intake`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBaseline } from './baseline-service';
import { percentile, runStamp, type BenchmarkSection, type HeadlineRow } from './benchmark-section';
import { profilesIn, stageTable, timeByStage, type StageShare } from './cpu-profile';
import { INTAKE_STAGES } from './profile-stages';
import { fetchWithKey, peakRssMb, startService } from './harness';
import { load, type LoadResult } from './load';
import { intake, KEY_HEADER, lifecycle } from './ticket-requests';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const LAG_TARGET_SECONDS = 1;

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

/** Receives tickets as fast as the service takes them, keeping their ids for the lifecycle run. */
async function receiveTickets(url: string): Promise<string[]> {
  const ids: string[] = [];
  await load(
    url,
    [{ ...intake, onResponse: (status, body) => void (status === 201 && ids.push(JSON.parse(body).id)) }],
    { connections: CONNECTIONS, seconds: Math.ceil(SECONDS * 1.5), headers: KEY_HEADER },
  );
  return ids;
}

interface Row {
  readonly name: string;
  /** The row's name in the summary. */
  readonly figure: string;
  readonly result: LoadResult;
  readonly baseline: LoadResult;
  readonly target: number;
  readonly rssMb?: number;
}

/** The intake and lifecycle figures, the lag under intake load and the CPU profile by place. */
export async function runIntakeBenchmark(): Promise<BenchmarkSection> {
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
      load(service.url, [intake], { connections: CONNECTIONS, seconds: SECONDS, headers: KEY_HEADER }),
    );
    if (triage === 'on') lagP99 = percentile(lags, 0.99);
    rows.push({
      name: `intake, automatic triage ${triage}`,
      figure: `Intake req/s ÷ baseline's, automatic triage ${triage}`,
      result,
      baseline: baseIntake,
      target: 0.7,
      rssMb: peakRssMb(service.process.pid),
    });
    if (triage === 'off') {
      const tickets = await receiveTickets(service.url);
      const life = await load(service.url, lifecycle(tickets), {
        connections: CONNECTIONS,
        seconds: SECONDS,
        headers: KEY_HEADER,
      });
      rows.push({
        name: 'lifecycle (classify … satisfaction)',
        figure: "Lifecycle commands req/s ÷ baseline's",
        result: life,
        baseline: baseLifecycle,
        target: 0.6,
        rssMb: peakRssMb(service.process.pid),
      });
    }
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const stages = await profileIntake();
  return { markdown: report(rows, lagP99, stages), headline: headline(rows, lagP99) };
}

/** The service's self time by place under the intake load, from a CPU profile of its process. */
async function profileIntake(): Promise<StageShare[]> {
  const profileDir = mkdtempSync(join(tmpdir(), 'ledger-bench-profile-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-intake-'));
  try {
    const profiled = await startService({ DATA_DIR: dataDir }, 3992, [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
    ]);
    await load(profiled.url, [intake], {
      connections: CONNECTIONS,
      seconds: Math.min(SECONDS, 10),
      headers: KEY_HEADER,
    });
    await profiled.stop();
    return timeByStage(profilesIn(profileDir), INTAKE_STAGES);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ratio = (row: Row) =>
  Math.round((row.result.requestsPerSecond / row.baseline.requestsPerSecond) * 100) / 100;

function headline(rows: readonly Row[], lagP99: number): HeadlineRow[] {
  return [
    ...rows.map((row) => ({
      figure: row.figure,
      measured: `${ratio(row)} (${row.result.requestsPerSecond} req/s)`,
      comparison: `baseline ${row.baseline.requestsPerSecond} req/s`,
      target: `≥ ${row.target}`,
      met: ratio(row) >= row.target,
    })),
    {
      figure: 'Projection lag p99 under intake load (automatic triage on)',
      measured: `${lagP99} s`,
      comparison: 'lag of committed batches, sampled every 200 ms',
      target: `≤ ${LAG_TARGET_SECONDS} s`,
      met: lagP99 <= LAG_TARGET_SECONDS,
    },
  ];
}

function report(rows: readonly Row[], lagP99: number, stages: readonly StageShare[]): string {
  return [
    '## Intake and lifecycle',
    '',
    runStamp(),
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
    `Projection lag under the intake load (automatic triage on), p99 of the lag of committed batches sampled every 200 ms: ${lagP99} s (target ≤ ${LAG_TARGET_SECONDS} s).`,
    '',
    'Where the intake spends its time: a CPU profile of the service under the same intake load (automatic',
    'triage on), start-up and idle samples left out. Each sample counts for the first stage, in this order,',
    'whose code is on its stack; what is left above the baseline is the work the service adds to a request.',
    '',
    ...stageTable(stages),
  ].join('\n');
}
