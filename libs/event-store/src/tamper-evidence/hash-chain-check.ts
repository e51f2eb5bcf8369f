import type { RecordedEvent } from '../event-store.port';
import { NO_REVISION } from '../expected-revision';
import { eventHash, PREVIOUS_HASH, storedHash } from './event-hash';

/** Why an event does not belong where it is stored. */
export type ChainProblem =
  /** Its stored hash is not the hash of its content: type, data or metadata was edited. */
  | 'altered'
  /** It does not name its predecessor's hash: an event before it was replaced or re-hashed. */
  | 'chain_broken'
  /** Its revision does not follow its predecessor's: events were deleted or moved. */
  | 'revision_gap'
  /** It has no hash although an earlier event of its stream has: the hash was removed. */
  | 'unchained';

export interface ChainMismatch {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly id: string;
  readonly type: string;
  readonly problem: ChainProblem;
}

export interface ChainReport {
  readonly verified: boolean;
  readonly streams: number;
  readonly events: number;
  /** Events written before the chain existed, at the start of their streams: not evidence either way. */
  readonly unchained: number;
  readonly firstMismatch?: ChainMismatch;
}

interface StreamHead {
  readonly revision: number;
  /** The last event's hash; null while the stream has only events from before the chain. */
  readonly hash: string | null;
}

/**
 * Checks events one by one, in stream order within each stream (the log's order keeps that), and
 * stops at the first that does not match. Holds one head per stream seen, nothing else.
 */
export class HashChainCheck {
  private readonly heads = new Map<string, StreamHead>();
  private events = 0;
  private unchained = 0;
  private mismatch?: ChainMismatch;

  /** False once a mismatch is found: the rest proves nothing more. */
  check(event: RecordedEvent): boolean {
    if (this.mismatch) return false;
    const problem = this.problemOf(event);
    if (problem) {
      const { streamId, revision, position, id, type } = event;
      this.mismatch = { streamId, revision, position: position.toString(), id, type, problem };
      return false;
    }
    this.events += 1;
    return true;
  }

  report(): ChainReport {
    return {
      verified: this.mismatch === undefined,
      streams: this.heads.size,
      events: this.events,
      unchained: this.unchained,
      ...(this.mismatch ? { firstMismatch: this.mismatch } : {}),
    };
  }

  private problemOf(event: RecordedEvent): ChainProblem | undefined {
    const before = this.heads.get(event.streamId) ?? { revision: NO_REVISION, hash: null };
    if (event.revision !== before.revision + 1) return 'revision_gap';
    const hash = storedHash(event);
    if (hash === undefined) {
      if (before.hash !== null) return 'unchained';
      this.unchained += 1;
      this.heads.set(event.streamId, { revision: event.revision, hash: null });
      return undefined;
    }
    if (event.metadata[PREVIOUS_HASH] !== before.hash) return 'chain_broken';
    if (eventHash(event.streamId, event.revision, event) !== hash) return 'altered';
    this.heads.set(event.streamId, { revision: event.revision, hash });
    return undefined;
  }
}
