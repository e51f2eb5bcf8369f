import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { dayInTimeZone, formatTrackingNumber, parseTrackingNumber } from '@ledger/domain';
import { EVENT_STORE, NO_REVISION, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { trackingNumberStreamId } from '../feedback-streams';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from '../feedback-options';

export const TRACKING_NUMBER_RESERVED = 'TrackingNumberReserved';

const MAX_ATTEMPTS = 50;

interface Waiting {
  readonly feedbackId: string;
  readonly resolve: (ticketNo: string) => void;
  readonly reject: (error: unknown) => void;
}

/** The most numbers one append reserves. */
const MAX_BATCH = 500;

/**
 * Hands out each day's sequence through an append at the exact expected revision of that day's
 * stream, so numbers are unique across restarts, processes and adapters: revision r is sequence
 * r + 1. Within a process one reservation per day runs at a time, and the requests that arrive
 * meanwhile are reserved together in the next append, so busy intake costs one write per batch,
 * not per ticket. The revision is cached, so conflicts only arise between processes. A crash
 * between reserving and recording the ticket leaves a gap in the sequence, never a duplicate.
 */
@Injectable()
export class TrackingNumberAllocator {
  private readonly lastRevision = new Map<string, number>();
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  allocate(feedbackId: string, receivedAt: Date): Promise<string> {
    const day = dayInTimeZone(receivedAt, this.options.timeZone);
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(day);
      if (queue) {
        queue.push({ feedbackId, resolve, reject });
        return;
      }
      this.waiting.set(day, [{ feedbackId, resolve, reject }]);
      void this.drain(day);
    });
  }

  private async drain(day: string): Promise<void> {
    for (let queue = this.waiting.get(day); queue && queue.length > 0; queue = this.waiting.get(day)) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const numbers = await this.reserve(
          day,
          batch.map((w) => w.feedbackId),
        );
        batch.forEach((w, i) => w.resolve(numbers[i]));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.waiting.delete(day);
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

  private async reserve(day: string, feedbackIds: readonly string[]): Promise<string[]> {
    const stream = trackingNumberStreamId(day);
    let expected = this.lastRevision.get(day) ?? NO_REVISION;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const numbers = feedbackIds.map((_, i) => formatTrackingNumber({ day, sequence: expected + 2 + i }));
      try {
        const result = await this.store.appendToStream(
          stream,
          feedbackIds.map((feedbackId, i) => ({
            id: randomUUID(),
            type: TRACKING_NUMBER_RESERVED,
            data: { ticketNo: numbers[i], feedbackId },
            metadata: {},
          })),
          expected === NO_REVISION ? 'no_stream' : expected,
        );
        this.lastRevision.set(day, result.nextExpectedRevision);
        return numbers;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || error.actual === undefined) throw error;
        expected = error.actual;
      }
    }
    throw new Error(`could not reserve tracking numbers for ${day} after ${MAX_ATTEMPTS} attempts`);
  }
}
