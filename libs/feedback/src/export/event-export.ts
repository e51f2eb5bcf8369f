import { asFeedbackEvent, occurredAt } from '@ledger/domain';
import type { EventData, EventMetadata, EventStore, RecordedEvent } from '@ledger/event-store';
import { feedbackStreamId } from '../feedback-streams';

/** One event as an export line (SPEC §11): where it is in the log, what it says, when. */
export interface ExportLine {
  readonly stream: string;
  readonly revision: number;
  /** The log position, as text: it may exceed what a JSON number holds exactly. */
  readonly position: string;
  readonly eventId: string;
  readonly type: string;
  /** When it happened by its own time field (a late-keyed or imported fact is older than its record). */
  readonly occurredAt: string;
  /** When the log stored it. */
  readonly recordedAt: string;
  readonly data: EventData;
  readonly metadata: EventMetadata;
}

export interface ExportCriteria {
  /** One ticket's stream; the whole log when absent. */
  readonly feedbackId?: string;
  /** Events that happened at or after `from` and before `to`; either bound may be left open. */
  readonly from?: Date;
  readonly to?: Date;
}

export function toExportLine(event: RecordedEvent): ExportLine {
  const recordedAt = event.createdAt.toISOString();
  const fact = asFeedbackEvent(event);
  return {
    stream: event.streamId,
    revision: event.revision,
    position: event.position.toString(),
    eventId: event.id,
    type: event.type,
    occurredAt: fact ? new Date(occurredAt(fact)).toISOString() : recordedAt,
    recordedAt,
    data: event.data,
    metadata: event.metadata,
  };
}

/**
 * The events of a ticket or of the log, in log order, as export lines: read a page at a time, so
 * a caller that writes each line before asking for the next never holds more than a page.
 */
export async function* exportEvents(
  store: EventStore,
  criteria: ExportCriteria,
  pageSize = 500,
): AsyncGenerator<ExportLine> {
  const from = criteria.from?.getTime() ?? -Infinity;
  const to = criteria.to?.getTime() ?? Infinity;
  for await (const event of recordedEvents(store, criteria.feedbackId, pageSize)) {
    const line = toExportLine(event);
    const at = Date.parse(line.occurredAt);
    if (at >= from && at < to) yield line;
  }
}

async function* recordedEvents(
  store: EventStore,
  feedbackId: string | undefined,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let after: bigint | undefined;
  let fromRevision = 0;
  for (;;) {
    const page = feedbackId
      ? await store.readStream(feedbackStreamId(feedbackId), { fromRevision, maxCount: pageSize })
      : await store.readAll({ after, maxCount: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].position;
    fromRevision = page[page.length - 1].revision + 1;
  }
}
