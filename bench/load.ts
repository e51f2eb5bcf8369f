import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  readonly failed: number;
}

export type LoadRequest = autocannon.Request;

/**
 * Sends `requests` in a loop over `connections` connections for `seconds` (autocannon, in this
 * process: the service under test runs as its own), and sums up throughput and latency in ms.
 */
export async function load(
  url: string,
  requests: readonly LoadRequest[],
  {
    connections = 50,
    seconds = 20,
    headers = {},
  }: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [...requests],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
