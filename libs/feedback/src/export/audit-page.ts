import type { EventStore } from '@ledger/event-store';
import { toExportLine, type ExportLine } from './event-export';

export interface AuditCriteria {
  /** Who acted, as the log records it (`metadata.actor`). */
  readonly actor?: string;
  readonly type?: string;
  /** When it happened, by the event's own time: at or after `from`, before `to`. */
  readonly from?: Date;
  readonly to?: Date;
}

export interface AuditPage {
  readonly events: readonly ExportLine[];
  /** Where the next page starts; absent once the log's end was read. */
  readonly next?: string;
}

const READ = 500;

/**
 * One page of the events matching the criteria, in log order, after a log position. The log is
 * read, not an index, so a page stops after `scanLimit` events even when it holds fewer than
 * `limit`: every answer is bounded, and `next` says where to go on.
 */
export async function auditPage(
  store: EventStore,
  criteria: AuditCriteria,
  page: { readonly after?: bigint; readonly limit: number; readonly scanLimit?: number },
): Promise<AuditPage> {
  const from = criteria.from?.getTime() ?? -Infinity;
  const to = criteria.to?.getTime() ?? Infinity;
  const scanLimit = page.scanLimit ?? 20_000;
  const events: ExportLine[] = [];
  let after = page.after;
  let scanned = 0;
  for (;;) {
    const wanted = Math.min(READ, scanLimit - scanned);
    const batch = await store.readAll({ after, maxCount: wanted });
    for (const event of batch) {
      scanned += 1;
      after = event.position;
      if (criteria.type !== undefined && event.type !== criteria.type) continue;
      if (criteria.actor !== undefined && event.metadata.actor !== criteria.actor) continue;
      const line = toExportLine(event);
      const at = Date.parse(line.occurredAt);
      if (at < from || at >= to) continue;
      events.push(line);
      if (events.length === page.limit) return { events, next: String(event.position) };
    }
    if (batch.length < wanted) return { events };
    if (scanned >= scanLimit) return { events, next: String(after) };
  }
}
