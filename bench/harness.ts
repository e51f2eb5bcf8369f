import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '@ledger/domain';

export const root = join(__dirname, '..');

/**
 * The heap cap `npm start` and the image run the service with: without it V8 lets a busy
 * process's heap grow to several times what it keeps alive before collecting.
 */
export const SERVICE_NODE_FLAGS = ['--max-old-space-size=256'];

export interface Service {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** The benchmark's key, under every role, so one key reads every route it times. */
const BENCH_KEY = 'bench-every-role-key-0123456789';

/** `fetch` with the benchmark's key, as every client of the api sends one. */
export const fetchWithKey = (url: string, init: RequestInit = {}): Promise<Response> =>
  fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${BENCH_KEY}` } });

/** Starts the built service (`npm run build` first) as its own process and waits until it answers. */
export async function startService(
  env: Record<string, string>,
  port: number,
  nodeArguments: readonly string[] = [],
): Promise<Service> {
  const child = spawn(
    process.execPath,
    [...SERVICE_NODE_FLAGS, ...nodeArguments, join(root, 'dist/apps/api/src/main.js')],
    {
      cwd: root,
      // The SLA clock would append facts for every overdue generated ticket while the views catch up,
      // and request logs would time the logger: the benchmark measures the projector and the queries.
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        LEDGER_SLA_CLOCK: 'off',
        LEDGER_LOG_FORMAT: 'json',
        LEDGER_LOG_LEVEL: 'warn',
        LEDGER_API_KEYS: ROLES.map((role) => `${role}:${BENCH_KEY}`).join(','),
        // The benchmark is one client sending as fast as it can: the per-client limit would time itself.
        LEDGER_RATE_LIMIT: '1000000',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetchWithKey(`${url}/admin/projections`);
      if (res.ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The service's resident memory now, in MB (Linux). */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

/** The service's peak resident memory so far, in MB (Linux). */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

export interface Latency {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
}

/** Sends the requests one after another and reports latency percentiles in milliseconds. */
export async function measure(urls: readonly string[], rounds: number): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const url = urls[i % urls.length];
    const start = performance.now();
    const res = await fetchWithKey(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] * 100) / 100;
  return { requests: times.length, p50: at(0.5), p99: at(0.99) };
}

/** Waits until the service's projector has committed the log up to `head`. */
export async function waitForCatchUp(url: string, head: string): Promise<void> {
  for (;;) {
    const status = (await (await fetchWithKey(`${url}/admin/projections`)).json()) as { position?: string };
    if (status.position !== undefined && BigInt(status.position) >= BigInt(head)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
