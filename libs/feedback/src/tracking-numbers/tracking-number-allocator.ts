import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { dayInTimeZone, formatTrackingNumber, parseTrackingNumber } from '@ledger/domain';
import { EVENT_STORE, NO_REVISION, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { trackingNumberStreamId } from '../feedback-streams';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from '../feedback-options';

export const TRACKING_NUMBER_RESERVED = 'TrackingNumberReserved';

const MAX_ATTEMPTS = 50;

/**
 * Hands out each day's sequence through an append at the exact expected revision of that day's
 * stream, so numbers are unique across restarts, processes and adapters: revision r is sequence
 * r + 1. Within a process, allocations for a day are serialised and the revision is cached, so
 * conflicts only arise between processes. A crash between reserving and recording the ticket
 * leaves a gap in the sequence, never a duplicate.
 */
@Injectable()
export class TrackingNumberAllocator {
  private readonly lastRevision = new Map<string, number>();
  private readonly queue = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  allocate(feedbackId: string, receivedAt: Date): Promise<string> {
    const day = dayInTimeZone(receivedAt, this.options.timeZone);
    const previous = this.queue.get(day) ?? Promise.resolve();
    const next = previous.then(
      () => this.reserve(day, feedbackId),
      () => this.reserve(day, feedbackId),
    );
    this.queue.set(day, next);
    void next.finally(() => {
      if (this.queue.get(day) === next) this.queue.delete(day);
    });
    return next;
  }

  /** The feedback id a tracking number was given to, if any. */
  async findFeedbackId(ticketNo: string): Promise<string | undefined> {
    const parts = parseTrackingNumber(ticketNo);
    if (!parts) return undefined;
    const [event] = await this.store.readStream(trackingNumberStreamId(parts.day), {
      fromRevision: parts.sequence - 1,
      maxCount: 1,
    });
    return event?.type === TRACKING_NUMBER_RESERVED ? String(event.data.feedbackId) : undefined;
  }

  private async reserve(day: string, feedbackId: string): Promise<string> {
    const stream = trackingNumberStreamId(day);
    let expected = this.lastRevision.get(day) ?? NO_REVISION;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const ticketNo = formatTrackingNumber({ day, sequence: expected + 2 });
      try {
        const result = await this.store.appendToStream(
          stream,
          [
            {
              id: randomUUID(),
              type: TRACKING_NUMBER_RESERVED,
              data: { ticketNo, feedbackId },
              metadata: {},
            },
          ],
          expected === NO_REVISION ? 'no_stream' : expected,
        );
        this.lastRevision.set(day, result.nextExpectedRevision);
        return ticketNo;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || error.actual === undefined) throw error;
        expected = error.actual;
      }
    }
    throw new Error(`could not reserve a tracking number for ${day} after ${MAX_ATTEMPTS} attempts`);
  }
}
