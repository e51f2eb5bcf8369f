import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_TAXONOMY,
  TAXONOMY_STREAM,
  type TaxonomyChanged,
  type TaxonomyRevision,
} from '@ledger/classifier';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ledger/event-store';

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
  private latest: TaxonomyRevision = SHIPPED;
  /** The stream revision `latest` was read to. */
  private streamRevision = -1;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async current(): Promise<TaxonomyRevision> {
    const recorded = await this.store.readStream(TAXONOMY_STREAM, { fromRevision: this.streamRevision + 1 });
    for (const event of recorded) {
      const change = asChange(event);
      if (change && event.revision > this.streamRevision) {
        const { revision, taxonomy, changedAt, by, reason } = change;
        this.latest = { revision, taxonomy, changedAt, by, reason };
        this.streamRevision = event.revision;
      }
    }
    return this.latest;
  }

  /** Every recorded change, oldest first, as stored. */
  history(): Promise<RecordedEvent[]> {
    return this.store.readStream(TAXONOMY_STREAM);
  }

  changesOf(events: readonly RecordedEvent[]): TaxonomyChanged['data'][] {
    return events.map(asChange).filter((change) => change !== undefined);
  }
}
