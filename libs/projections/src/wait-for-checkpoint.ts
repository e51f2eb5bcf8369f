import type { ReadStore } from '@ledger/read-store';

/**
 * Read-your-writes for views: resolves true once the projector's checkpoint has reached
 * `position`, false when `timeoutMs` passes first. Polls the read store, so it works whether the
 * projector runs in this process or in a worker.
 */
export async function waitForCheckpoint(
  views: ReadStore,
  projector: string,
  position: bigint,
  timeoutMs: number,
  pollMs = 10,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reached = await views.checkpoint(projector);
    if (reached !== undefined && reached >= position) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
