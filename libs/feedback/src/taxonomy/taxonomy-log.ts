import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_TAXONOMY,
  TAXONOMY_STREAM,
  type TaxonomyChanged,
  type TaxonomyRevision,
} from '@ledger/classifier';
import { EVENT_STORE, StreamFold, type EventStore, type RecordedEvent } from '@ledger/event-store';

const SHIPPED: TaxonomyRevision = { revision: 0, taxonomy: DEFAULT_TAXONOMY };

const asChange = (recorded: RecordedEvent): TaxonomyChanged['data'] | undefined =>
  recorded.type === 'TaxonomyChanged' ? (recorded.data as unknown as TaxonomyChanged['data']) : undefined;

/**
 * The taxonomy in force: the shipped one (revision 0) until the `taxonomy` stream records a
 * change. Intake asks on every feedback, so the latest revision is kept and only newer events read;
 * every process reads the same stream, so all of them classify with the same revision.
 */
@Injectable()
export class TaxonomyLog {
  private readonly fold: StreamFold<TaxonomyRevision>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.fold = new StreamFold(store, TAXONOMY_STREAM, SHIPPED, (latest, event) => {
      const change = asChange(event);
      if (!change) return latest;
      const { revision, taxonomy, changedAt, by, reason } = change;
      return { revision, taxonomy, changedAt, by, reason };
    });
  }

  async current(): Promise<TaxonomyRevision> {
    return (await this.fold.read()).state;
  }

  /** Every recorded change, oldest first, as stored. */
  history(): Promise<RecordedEvent[]> {
    return this.store.readStream(TAXONOMY_STREAM);
  }

  changesOf(events: readonly RecordedEvent[]): TaxonomyChanged['data'][] {
    return events.map(asChange).filter((change) => change !== undefined);
  }
}
