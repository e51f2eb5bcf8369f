import type { ReadStore } from '@ledger/read-store';
import { waitForCheckpoint } from '../wait-for-checkpoint';

/** The checkpoint name of the projector that maintains every view. */
export const VIEWS_PROJECTOR = 'views';

/** The views did not reach the asked position in time. */
export class ViewsBehindError extends Error {
  override readonly name = 'ViewsBehindError';
  constructor(
    readonly position: bigint,
    readonly reached: bigint | undefined,
  ) {
    super(
      `the views have not yet reached position ${position} (they are at ${reached ?? 'the start'}); try again shortly`,
    );
  }
}

/** Read-your-writes for view queries: wait (bounded) until the views include a given position. */
export class ViewFreshness {
  constructor(
    private readonly views: ReadStore,
    private readonly timeoutMs: number,
  ) {}

  async require(position: bigint | undefined): Promise<void> {
    if (position === undefined) return;
    if (await waitForCheckpoint(this.views, VIEWS_PROJECTOR, position, this.timeoutMs)) return;
    throw new ViewsBehindError(position, await this.views.checkpoint(VIEWS_PROJECTOR));
  }
}
