import { cpus } from 'node:os';

/** One line of the summary table at the top of bench/RESULTS.md. */
export interface HeadlineRow {
  /** What was measured, with the size it was measured at. */
  readonly figure: string;
  readonly measured: string;
  /** The baseline or the comparison the figure is read against. */
  readonly comparison: string;
  readonly target: string;
  /** Whether the target is met; absent where there is no target or no measurement. */
  readonly met?: boolean;
}

/** What one benchmark contributes to bench/RESULTS.md: its section and its summary rows. */
export interface BenchmarkSection {
  readonly markdown: string;
  readonly headline: readonly HeadlineRow[];
}

/** A benchmark the runner knows, by the name given on the command line. */
export interface Benchmark {
  readonly name: string;
  readonly title: string;
  run(): Promise<BenchmarkSection>;
}

/** When and where a section's figures were taken. */
export const runStamp = (): string =>
  `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`;

/** A number with thousands separators, as the summary writes sizes. */
export const count = (value: number): string => value.toLocaleString('en-US');

/** The value at percentile `p` (0 to 1) of `values`; 0 when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
