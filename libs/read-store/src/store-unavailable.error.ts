/** Why a store cannot take writes now: each is cured outside the service (space freed, permissions or disk fixed). */
export type StoreUnavailableReason = 'disk_full' | 'read_only' | 'io_error' | 'cannot_open';

const IN_WORDS: Record<StoreUnavailableReason, string> = {
  disk_full: 'the disk is full',
  read_only: 'its files are read-only',
  io_error: 'the disk reported an input/output error',
  cannot_open: 'its files cannot be opened',
};

/**
 * A store refused a write for a reason of its surroundings, not of the request: the same request
 * may succeed once the fault is cured. Nothing of the write was kept (the store's transaction was
 * rolled back), so a retry, with the same Idempotency-Key or not, cannot double anything.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  constructor(
    /** Which store, in words: `event store`, `customer key store`, `view store`. */
    readonly store: string,
    readonly reason: StoreUnavailableReason,
    options?: ErrorOptions,
  ) {
    super(`the ${store} cannot write: ${IN_WORDS[reason]}`, options);
  }
}
