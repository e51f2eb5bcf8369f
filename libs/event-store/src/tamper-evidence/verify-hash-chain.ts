import type { EventStore } from '../event-store.port';
import { HashChainCheck, type ChainReport } from './hash-chain-check';

/** Events read per page of the log: bounded memory whatever its length. */
const PAGE = 1_000;

/** Checks the chain of one stream: a ticket's whole history. */
export async function verifyStream(store: EventStore, streamId: string): Promise<ChainReport> {
  const check = new HashChainCheck();
  for (const event of await store.readStream(streamId)) if (!check.check(event)) break;
  return check.report();
}

/** Checks the chain of every stream in the log, page by page, telling `progress` of each page. */
export async function verifyLog(
  store: EventStore,
  progress: (eventsChecked: number) => void = () => undefined,
): Promise<ChainReport> {
  const check = new HashChainCheck();
  let after: bigint | undefined;
  let checked = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    for (const event of page) if (!check.check(event)) return check.report();
    if (page.length < PAGE) return check.report();
    checked += page.length;
    after = page[page.length - 1].position;
    progress(checked);
  }
}
