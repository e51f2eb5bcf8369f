import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig, slaRulesOf } from '@ledger/config';
import { personalDataPolicy } from '@ledger/domain';
import { openEventStore } from '@ledger/event-store';
import { Projector, VIEWS_PROJECTOR, viewProjections, waitForCheckpoint } from '@ledger/projections';
import { SqliteReadStore, type ReadDocument } from '@ledger/read-store';
import { allDocuments } from './all-documents';

export interface ViewsAndRebuild {
  /** Position of the last event in the log when compared. */
  readonly head: bigint;
  /** Every document of every view, by collection, as the service's projector left them. */
  readonly live: Record<string, ReadDocument[]>;
  /** The same, replayed from the whole log into empty views. */
  readonly rebuilt: Record<string, ReadDocument[]>;
}

/**
 * Waits until the views in `dataDir` include the whole log, then replays the log from zero into
 * views of its own and reads both, for a test to compare: equal views mean no event was skipped or
 * applied twice, whatever befell the projector. Opens the files beside a running service (WAL).
 */
export async function viewsAndRebuild(dataDir: string, timeoutMs = 120_000): Promise<ViewsAndRebuild> {
  const config = loadConfig({ DATA_DIR: dataDir });
  // As the service reads the log: through the key store, so personal fields are opened alike.
  const events = await openEventStore({ ...config, personalData: personalDataPolicy });
  const live = new SqliteReadStore(new Database(join(dataDir, 'views.sqlite')));
  const scratch = mkdtempSync(join(tmpdir(), 'ledger-rebuild-'));
  const rebuiltViews = new SqliteReadStore(new Database(join(scratch, 'views.sqlite')));
  try {
    const head = await events.headPosition();
    if (!(await waitForCheckpoint(live, VIEWS_PROJECTOR, head, timeoutMs))) {
      throw new Error(`the views did not reach position ${head} in ${timeoutMs} ms`);
    }
    const projections = viewProjections(config.timeZone, slaRulesOf(config.sla));
    await live.define(projections.flatMap((projection) => projection.collections));
    const projector = new Projector(events, rebuiltViews, projections, { name: VIEWS_PROJECTOR });
    await projector.start();
    const rebuiltInTime = await waitForCheckpoint(rebuiltViews, VIEWS_PROJECTOR, head, timeoutMs);
    await projector.stop();
    if (!rebuiltInTime) throw new Error(`the rebuild did not reach position ${head} in ${timeoutMs} ms`);
    const result: ViewsAndRebuild = { head, live: {}, rebuilt: {} };
    for (const collection of projector.collections) {
      result.live[collection] = await allDocuments(live, collection);
      result.rebuilt[collection] = await allDocuments(rebuiltViews, collection);
    }
    return result;
  } finally {
    await Promise.all([events.close(), live.close(), rebuiltViews.close()]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
