import type { EventStore } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';

export interface ProjectionLag {
  /** The checkpoint the views have committed, if any. */
  readonly position?: string;
  /** Events in the log after the checkpoint, counted up to `LAG_SCAN_LIMIT`. */
  readonly eventsBehind: number;
  /** True when there are more events behind than were counted. */
  readonly eventsBehindAtLeast: boolean;
  /** How long the oldest event not yet in the views has waited, in seconds. */
  readonly secondsBehind: number;
}

const LAG_SCAN_LIMIT = 10_000;

/**
 * How far the views are behind the log, read from the stores rather than the projector, so any
 * process can tell, whichever process runs the projector.
 */
export async function projectionLag(
  events: EventStore,
  views: ReadStore,
  projector: string,
  now: Date,
): Promise<ProjectionLag> {
  const position = await views.checkpoint(projector);
  const pending = await events.readAll({
    ...(position !== undefined ? { after: position } : {}),
    maxCount: LAG_SCAN_LIMIT + 1,
  });
  const oldest = pending[0];
  return {
    ...(position !== undefined ? { position: position.toString() } : {}),
    eventsBehind: Math.min(pending.length, LAG_SCAN_LIMIT),
    eventsBehindAtLeast: pending.length > LAG_SCAN_LIMIT,
    secondsBehind: oldest ? Math.max(0, (now.getTime() - oldest.createdAt.getTime()) / 1000) : 0,
  };
}
