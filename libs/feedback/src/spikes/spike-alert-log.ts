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
import {
  EVENT_STORE,
  StreamFold,
  WrongExpectedRevisionError,
  type EventStore,
  type FoldedStream,
  type RecordedEvent,
} from '@ledger/event-store';

export type SpikeAlertsAt = FoldedStream<SpikeAlertsState>;

const SPIKE_NAMESPACE = '3b0f6c2a-51d4-4e8e-9c47-2f6a1d8e0b93';

const evolve = (state: SpikeAlertsState, event: RecordedEvent): SpikeAlertsState => {
  const known = asSpikeAlertEvent(event);
  return known ? evolveSpikeAlerts(state, known) : state;
};

/**
 * The spike alert stream, folded. Every reader shares one state and reads only the events appended
 * since, because intake asks for the open alerts on every feedback received.
 */
@Injectable()
export class SpikeAlertLog {
  private readonly fold: StreamFold<SpikeAlertsState>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.fold = new StreamFold(store, SPIKE_ALERTS_STREAM, NO_SPIKE_ALERTS, evolve);
  }

  read(): Promise<SpikeAlertsAt> {
    return this.fold.read();
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
