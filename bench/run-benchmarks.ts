/**
 * Runs the benchmarks named on the command line (all of them by default) one after another and
 * writes their sections into bench/RESULTS.md, keeping the sections of those not run:
 * `npm run bench` or `npm run bench -- intake soak`.
 */
import { join } from 'node:path';
import type { Benchmark } from './benchmark-section';
import { root } from './harness';
import { runIntakeBenchmark } from './intake.bench';
import { runQueriesBenchmark } from './queries.bench';
import { runRebuildBenchmark } from './rebuild.bench';
import { writeSection } from './results-file';
import { runSoakBenchmark } from './soak.bench';

/** Every benchmark, in the order of their sections in the results file. */
const BENCHMARKS: readonly Benchmark[] = [
  // First: it runs in this process, whose memory it reports, before the load generator's use of it.
  { name: 'rebuild', title: 'projection rebuild beside raw insert, CPU profile', run: runRebuildBenchmark },
  {
    name: 'intake',
    title: 'intake and lifecycle throughput, projection lag, CPU profile',
    run: runIntakeBenchmark,
  },
  {
    name: 'queries',
    title: 'queries at a small and a large log, catch-up, memory',
    run: runQueriesBenchmark,
  },
  { name: 'soak', title: 'memory over a mixed soak', run: runSoakBenchmark },
];
const RESULTS = join(root, 'bench', 'RESULTS.md');

async function main(names: readonly string[]): Promise<void> {
  const unknown = names.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    );
  }
  const chosen = BENCHMARKS.filter((benchmark) => names.length === 0 || names.includes(benchmark.name));
  const order = BENCHMARKS.map((benchmark) => benchmark.name);
  let text = '';
  for (const benchmark of chosen) {
    console.log(`— ${benchmark.name}: ${benchmark.title}`);
    const section = await benchmark.run();
    // Written after each benchmark, so the figures taken so far survive a later failure.
    text = writeSection(RESULTS, benchmark.name, section, order);
  }
  console.log(text);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
