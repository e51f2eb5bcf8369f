/** Deeper than any request body or event of this service; deeper values are refused rather than walked. */
export const MAX_DEPTH = 32;

export class TooDeepError extends Error {
  override readonly name = 'TooDeepError';
}

/**
 * JSON with object keys sorted, so that the same value in another key order hashes the same: a
 * request for its idempotency digest, an event for its place in the hash chain.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new TooDeepError(`the body is nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
