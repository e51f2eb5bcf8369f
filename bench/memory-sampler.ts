/**
 * Samples a running service's memory at a steady interval: the resident set of its process, as
 * the system counts it, and the V8 heap the service reports on `/metrics` (prom-client's defaults).
 */
import { fetchWithKey, rssMb } from './harness';

export interface MemorySample {
  /** Seconds since sampling began. */
  readonly seconds: number;
  readonly rssMb?: number;
  readonly heapUsedMb?: number;
  readonly heapTotalMb?: number;
}

export interface MemorySampler {
  /** Takes a last sample and stops; every sample taken, in order. */
  stop(): Promise<MemorySample[]>;
}

/** The metric `name` from a Prometheus text exposition, in MB; undefined when it is not there. */
function metricMb(text: string, name: string): number | undefined {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text);
  return match ? Math.round(Number(match[1]) / 1024 / 1024) : undefined;
}

async function heapOf(url: string): Promise<Pick<MemorySample, 'heapUsedMb' | 'heapTotalMb'>> {
  try {
    const res = await fetchWithKey(`${url}/metrics`);
    if (!res.ok) return {};
    const text = await res.text();
    const used = metricMb(text, 'ledger_nodejs_heap_size_used_bytes');
    const total = metricMb(text, 'ledger_nodejs_heap_size_total_bytes');
    return {
      ...(used !== undefined ? { heapUsedMb: used } : {}),
      ...(total !== undefined ? { heapTotalMb: total } : {}),
    };
  } catch {
    return {};
  }
}

/** Starts sampling the service at `url` (process `pid`) now and every `everyMs`. */
export function sampleMemory(url: string, pid: number | undefined, everyMs: number): MemorySampler {
  const started = performance.now();
  const samples: Promise<MemorySample>[] = [];
  let last = -1;
  const take = () => {
    const seconds = Math.round((performance.now() - started) / 1000);
    if (seconds === last) return;
    last = seconds;
    const rss = rssMb(pid);
    samples.push(
      heapOf(url).then((heap) => ({ seconds, ...(rss !== undefined ? { rssMb: rss } : {}), ...heap })),
    );
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      take();
      return Promise.all(samples);
    },
  };
}
