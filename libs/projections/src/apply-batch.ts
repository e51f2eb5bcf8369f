import type { RecordedEvent } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import type { Projection } from './projection';
import { ViewBatch } from './view-batch';

/**
 * Applies a batch of events to the projections and commits their documents with the checkpoint
 * in one atomic write, continuing from `continuesFrom` (see ProjectionBatch).
 */
export async function applyBatch(
  views: ReadStore,
  projections: readonly Projection[],
  batch: readonly RecordedEvent[],
  checkpoint: { readonly projector: string; readonly continuesFrom: bigint | null },
): Promise<void> {
  const writer = new ViewBatch(views);
  for (const event of batch) {
    for (const projection of projections) await projection.apply(event, writer);
  }
  for (const projection of projections) await projection.completeBatch?.(writer);
  await views.commit({
    projector: checkpoint.projector,
    position: batch[batch.length - 1].position,
    continuesFrom: checkpoint.continuesFrom,
    changes: writer.changes(),
  });
}
