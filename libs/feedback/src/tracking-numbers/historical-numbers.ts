import { formatTrackingNumber, parseTrackingNumber } from '@ledger/domain';
import { NO_REVISION, WrongExpectedRevisionError, type EventStore, type NewEvent } from '@ledger/event-store';
import { importedFeedbackIdFor, reservationEventIdFor } from '../event-ids';
import { trackingNumberStreamId } from '../feedback-streams';
import { TRACKING_NUMBER_RESERVED } from './tracking-number-allocator';

/**
 * Holding a number means writing every number of its day up to it, so a day's sequence costs one
 * event per number: this bounds what one imported row can cost.
 */
export const MAX_IMPORTED_SEQUENCE = 99_999;

const MAX_BATCH = 500;
const MAX_CONFLICTS = 50;

/**
 * Keeps imported tracking numbers from ever being issued by live intake. The allocator hands out
 * a day's sequence by the revision of the day's stream (revision r is sequence r + 1), so an
 * imported number is held by filling the day's stream up to it: each number not yet issued is
 * reserved for the ticket an import of that number would create (see importedFeedbackIdFor), and
 * live intake carries on after the highest. A number held this way that no row brings stays a
 * gap, which lookups already treat as no ticket. Ids are derived from the numbers, so two imports
 * holding the same numbers at once write them once.
 */
export class HistoricalNumbers {
  /** The last revision of each day's stream, as last seen: only a guess, corrected by a conflict. */
  private readonly lastRevision = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly metadata: Record<string, unknown>,
  ) {}

  /**
   * Holds the numbers for their imported tickets, and answers for each the id of the ticket it
   * already belongs to when that is another ticket.
   */
  async hold(ticketNos: readonly string[]): Promise<Map<string, string>> {
    const byDay = new Map<string, number[]>();
    for (const ticketNo of ticketNos) {
      const parts = parseTrackingNumber(ticketNo);
      if (!parts) throw new RangeError(`not a tracking number: ${ticketNo}`);
      byDay.set(parts.day, [...(byDay.get(parts.day) ?? []), parts.sequence]);
    }
    const taken = new Map<string, string>();
    await Promise.all(
      [...byDay].map(async ([day, sequences]) => {
        await this.fillUpTo(day, Math.max(...sequences));
        for (const sequence of sequences) {
          const ticketNo = formatTrackingNumber({ day, sequence });
          const owner = await this.ownerOf(day, sequence);
          if (owner !== importedFeedbackIdFor(ticketNo)) taken.set(ticketNo, owner);
        }
      }),
    );
    return taken;
  }

  private async ownerOf(day: string, sequence: number): Promise<string> {
    const [event] = await this.store.readStream(trackingNumberStreamId(day), {
      fromRevision: sequence - 1,
      maxCount: 1,
    });
    return String(event?.data.feedbackId);
  }

  /** Writes the day's numbers up to `sequence`, those already issued staying as they are. */
  private async fillUpTo(day: string, sequence: number): Promise<void> {
    const stream = trackingNumberStreamId(day);
    let last = this.lastRevision.get(day) ?? NO_REVISION;
    let conflicts = 0;
    while (last < sequence - 1) {
      const upTo = Math.min(sequence - 1, last + MAX_BATCH);
      const events: NewEvent[] = [];
      for (let revision = last + 1; revision <= upTo; revision++) {
        const ticketNo = formatTrackingNumber({ day, sequence: revision + 1 });
        events.push({
          id: reservationEventIdFor(ticketNo),
          type: TRACKING_NUMBER_RESERVED,
          data: { ticketNo, feedbackId: importedFeedbackIdFor(ticketNo), heldForImport: true },
          metadata: this.metadata,
        });
      }
      try {
        const result = await this.store.appendToStream(
          stream,
          events,
          last === NO_REVISION ? 'no_stream' : last,
        );
        last = result.nextExpectedRevision;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || error.actual === undefined) throw error;
        if (++conflicts >= MAX_CONFLICTS) throw new Error(`could not hold tracking numbers of ${day}`);
        last = error.actual;
      }
    }
    this.lastRevision.set(day, last);
  }
}
