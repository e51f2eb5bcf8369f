/** Keys and stream owners kept: enough for the customers being served and the tickets being worked. */
const MAX_ENTRIES = 10_000;
/**
 * How long a key is trusted without asking the key store again: a process that does not follow
 * the log learns of another process's erasure by then at the latest.
 */
const KEY_TTL_MS = 60_000;

interface CachedKey {
  /** null: the key is erased, for good. */
  readonly key: Buffer | null;
  readonly until: number;
}

/**
 * What sealing remembers between calls: keys (erased ones for good), and which key each stream's
 * personal data belongs to (null: none, the feedback was anonymous). Both are bounded; the oldest
 * entries go first.
 */
export class KeyCache {
  private readonly keys = new Map<string, CachedKey>();
  private readonly streams = new Map<string, string | null>();

  /** The key, null once erased, undefined when not known here. */
  key(keyId: string): Buffer | null | undefined {
    const cached = this.keys.get(keyId);
    if (!cached || (cached.key && cached.until < Date.now())) return undefined;
    return cached.key;
  }

  rememberKey(keyId: string, key: Buffer | undefined): void {
    bounded(this.keys, keyId, { key: key ?? null, until: Date.now() + KEY_TTL_MS });
  }

  forgetKey(keyId: string): void {
    this.rememberKey(keyId, undefined);
  }

  streamKey(streamId: string): string | null | undefined {
    return this.streams.get(streamId);
  }

  rememberStream(streamId: string, keyId: string | null): void {
    bounded(this.streams, streamId, keyId);
  }
}

function bounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}
