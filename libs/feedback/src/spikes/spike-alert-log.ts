import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import {
  asSpikeAlertEvent,
  evolveSpikeAlerts,
  NO_SPIKE_ALERTS,
  SPIKE_ALERTS_STREAM,
  type SpikeAlertEvent,
  type SpikeAlertsState,
} from '@ledger/domain';
import { EVENT_STORE, NO_REVISION, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';

export interface SpikeAlertsAt {
  readonly state: SpikeAlertsState;
  /** The stream's revision the state was folded to: the expected revision of the next append. */
  readonly revision: number;
}

const SPIKE_NAMESPACE = '3b0f6c2a-51d4-4e8e-9c47-2f6a1d8e0b93';

/**
 * The spike alert stream, folded. Every reader shares one state and reads only the events appended
 * since, because intake asks for the open alerts on every feedback received.
 */
@Injectable()
export class SpikeAlertLog {
  private latest: SpikeAlertsAt = { state: NO_SPIKE_ALERTS, revision: NO_REVISION };

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(): Promise<SpikeAlertsAt> {
    const from = this.latest;
    const recorded = await this.store.readStream(SPIKE_ALERTS_STREAM, { fromRevision: from.revision + 1 });
    if (recorded.length === 0) return from;
    let state = from.state;
    for (const event of recorded) {
      const known = asSpikeAlertEvent(event);
      if (known) state = evolveSpikeAlerts(state, known);
    }
    const next = { state, revision: recorded[recorded.length - 1].revision };
    // Two reads may overlap; the one that read further wins.
    if (next.revision > this.latest.revision) this.latest = next;
    return next;
  }

  /**
   * Appends the decision made on the state at `revision`. Returns false when another process
   * appended first: its decision stands, and this one is made again on the next look.
   */
  async append(events: readonly SpikeAlertEvent[], revision: number, actor: string): Promise<boolean> {
    if (events.length === 0) return true;
    try {
      await this.store.appendToStream(
        SPIKE_ALERTS_STREAM,
        events.map((event) => ({
          // The same decision on the same state gets the same ids, so a repeat is stored once.
          id: uuidv5(`${revision}/${event.type}/${JSON.stringify(event.data)}`, SPIKE_NAMESPACE),
          type: event.type,
          data: { ...event.data },
          metadata: { actor },
        })),
        revision,
      );
      return true;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return false;
      throw error;
    }
  }
}
