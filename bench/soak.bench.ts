/**
 * Soak benchmark: the service as its own process on a fresh data directory under a steady mixed
 * load (tickets received, taken through their lifecycle, read back, the open queue and KPI
 * queries) for `BENCH_SOAK_SECONDS` (default 600), its memory sampled every 5 s. The figure is
 * the growth of its resident set after the warm-up (`BENCH_SOAK_WARMUP_SECONDS`, default 120).
 * Part of `npm run bench` (`soak`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { count, runStamp, type BenchmarkSection } from './benchmark-section';
import { startService } from './harness';
import { load, type LoadRequest, type LoadResult } from './load';
import { sampleMemory, type MemorySample } from './memory-sampler';
import { intake, KEY_HEADER, LIFECYCLE } from './ticket-requests';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const WARMUP_SECONDS = Number(process.env.BENCH_SOAK_WARMUP_SECONDS ?? 120);
const CONNECTIONS = 10;
const SAMPLE_EVERY_MS = 5000;
const GROWTH_TARGET_PERCENT = 10;

type Kind = 'intake' | 'lifecycle' | 'read';
const tally: Record<Kind, { ok: number; refused: number }> = {
  intake: { ok: 0, refused: 0 },
  lifecycle: { ok: 0, refused: 0 },
  read: { ok: 0, refused: 0 },
};
const counted = (kind: Kind) => (status: number) => void tally[kind][status < 300 ? 'ok' : 'refused']++;

/**
 * One round of a connection: two tickets received, the second read back and taken through its
 * life (so the open queue grows by one a round), then the open queue and two KPIs of the last month.
 */
function mixedRound(): LoadRequest[] {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const month = `from=${day(-30)}&to=${day(1)}`;
  const ticket = (context: object) => (context as { id?: string }).id ?? 'none';
  const read = (path: string): LoadRequest => ({ method: 'GET', path, onResponse: counted('read') });
  return [
    { ...intake, onResponse: counted('intake') },
    {
      ...intake,
      onResponse: (status, body, context) => {
        counted('intake')(status);
        // autocannon keeps one context per connection for a round: the ticket it works on.
        if (status === 201) (context as { id?: string }).id = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: 'GET',
      setupRequest: (request, context) => ({ ...request, path: `/feedback/${ticket(context)}` }),
      onResponse: counted('read'),
    },
    ...LIFECYCLE.map(([command, body]): LoadRequest => ({
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/feedback/${ticket(context)}/${command}`,
        // Automatic triage classified the ticket already: an agent's classification says why.
        body: JSON.stringify(command === 'classify' ? { ...body, reason: 'agent review' } : body),
      }),
      onResponse: counted('lifecycle'),
    })),
    read('/tickets/open'),
    read('/tickets/open?department=Technology&priority=P2,P3'),
    read(`/kpis/overview?${month}`),
    read(`/kpis/timeliness?${month}&by=priority`),
  ];
}

interface SoakResult {
  readonly load: LoadResult;
  readonly events: number;
  readonly samples: readonly MemorySample[];
}

async function soak(): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-soak-'));
  try {
    const service = await startService({ DATA_DIR: dir }, 3995);
    const sampler = sampleMemory(service.url, service.process.pid, SAMPLE_EVERY_MS);
    const result = await load(service.url, mixedRound(), {
      connections: CONNECTIONS,
      seconds: SECONDS,
      headers: KEY_HEADER,
    });
    const samples = await sampler.stop();
    await service.stop();
    const file = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const events = Number(file.prepare('SELECT COUNT(*) FROM events').pluck().get());
    file.close();
    return { load: result, events, samples };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (value: number | undefined) => (value === undefined ? 'n/a' : String(value));

/** The mixed load for the configured time, and its memory before and after the warm-up. */
export async function runSoakBenchmark(): Promise<BenchmarkSection> {
  if (WARMUP_SECONDS >= SECONDS)
    throw new Error('BENCH_SOAK_WARMUP_SECONDS must be below BENCH_SOAK_SECONDS');
  console.log(`soaking for ${SECONDS} s…`);
  const { load: result, events, samples } = await soak();
  const warmedIndex = samples.findIndex((sample) => sample.seconds >= WARMUP_SECONDS);
  const warmed = samples[warmedIndex === -1 ? samples.length - 1 : warmedIndex];
  const after = samples.slice(samples.indexOf(warmed) + 1);
  const atWarmup = warmed.rssMb ?? 0;
  const maxAfter = Math.max(atWarmup, ...after.map((sample) => sample.rssMb ?? 0));
  const atEnd = samples[samples.length - 1].rssMb;
  const growth = atWarmup > 0 ? Math.round(((maxAfter - atWarmup) / atWarmup) * 1000) / 10 : NaN;
  const step = SECONDS >= 300 ? 60 : 10;
  const table = samples.filter(
    (sample, i) =>
      i === 0 ||
      i === samples.length - 1 ||
      Math.floor(sample.seconds / step) > Math.floor(samples[i - 1].seconds / step),
  );
  const markdown = [
    '## Mixed soak',
    '',
    runStamp(),
    `The service runs as its own process on a fresh data directory, with its default settings (automatic`,
    `triage on). autocannon sends a mixed load over ${CONNECTIONS} connections for ${SECONDS} s: each connection in turn`,
    'receives two tickets, reads the second back and takes it through its six lifecycle commands, then asks',
    'for the open queue (plain and filtered) and the overview and timeliness KPIs of the last month, so the',
    `open queue grows by one ticket a round. The resident set of the process is sampled every ${SAMPLE_EVERY_MS / 1000} s, with`,
    `the V8 heap the service reports on \`/metrics\`. The first ${WARMUP_SECONDS} s are the warm-up.`,
    '',
    '| requests | req/s | p50 / p99 (ms) | failed | received (ok / refused) | lifecycle (ok / refused) | reads (ok / refused) | events in the log |',
    '|---|---|---|---|---|---|---|---|',
    `| ${result.ok + result.failed} | ${result.requestsPerSecond} | ${result.p50} / ${result.p99} | ${result.failed} | ${tally.intake.ok} / ${tally.intake.refused} | ${tally.lifecycle.ok} / ${tally.lifecycle.refused} | ${tally.read.ok} / ${tally.read.refused} | ${events} |`,
    '',
    '| RSS at end of warm-up (MB) | max RSS after warm-up (MB) | RSS at end (MB) | growth after warm-up | target |',
    '|---|---|---|---|---|',
    `| ${atWarmup} (at ${warmed.seconds} s) | ${maxAfter} | ${mb(atEnd)} | ${growth} % | ≤ ${GROWTH_TARGET_PERCENT} % |`,
    '',
    `| time (s) | RSS (MB) | heap used (MB) | heap total (MB) |`,
    '|---|---|---|---|',
    ...table.map(
      (sample) =>
        `| ${sample.seconds} | ${mb(sample.rssMb)} | ${mb(sample.heapUsedMb)} | ${mb(sample.heapTotalMb)} |`,
    ),
  ].join('\n');
  return {
    markdown,
    headline: [
      {
        figure: `RSS growth after warm-up, ${SECONDS % 60 === 0 ? `${SECONDS / 60}-minute` : `${SECONDS} s`} mixed soak (${count(events)} events)`,
        measured: `${growth} % (${atWarmup} → max ${maxAfter} MB)`,
        comparison: `RSS at end of the ${WARMUP_SECONDS} s warm-up`,
        target: `≤ ${GROWTH_TARGET_PERCENT} %`,
        ...(Number.isFinite(growth) ? { met: growth <= GROWTH_TARGET_PERCENT } : {}),
      },
    ],
  };
}
