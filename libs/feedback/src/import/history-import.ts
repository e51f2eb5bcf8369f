import { createHash } from 'node:crypto';
import type { RoutingConfig } from '@ledger/domain';
import { WrongExpectedRevisionError, type EventStore, type NewEvent } from '@ledger/event-store';
import { metadataFor, type CommandContext } from '../command-context';
import { eventIdFor, importedFeedbackIdFor } from '../event-ids';
import { feedbackStreamId } from '../feedback-streams';
import { HistoricalNumbers } from '../tracking-numbers/historical-numbers';
import { decideHistory, IMPORT_ACTOR } from './decide-history';
import type { ImportRecord, RowProblem } from './import-fields';
import { parseHistoricalRow } from './parse-historical-row';

/** A row as read from the file: its cells, or what made it unreadable. */
export type SourceRow =
  | { readonly row: number; readonly record: ImportRecord }
  | { readonly row: number; readonly problems: readonly RowProblem[] };

export type RowOutcome =
  | { readonly row: number; readonly ticketNo?: string; readonly result: 'imported' | 'already_present' }
  | {
      readonly row: number;
      readonly ticketNo?: string;
      readonly result: 'failed';
      readonly problems: readonly RowProblem[];
    };

export interface HistoryImportOptions {
  readonly timeZone: string;
  readonly routing: RoutingConfig;
  /** The file's name (never its path), recorded with every event with the row. */
  readonly source: string;
  readonly now: Date;
  /** Rows appended together; the store group-commits their appends. */
  readonly batchSize?: number;
}

interface Prepared {
  readonly row: number;
  readonly ticketNo: string;
  readonly feedbackId: string;
  readonly events: readonly NewEvent[];
}

/**
 * Imports rows of the record table as tickets. A row's ticket id follows from its tracking number
 * and its event ids from the row's content, so importing a row again appends nothing: a stream
 * that already starts with the row's first event is reported as already present, one that starts
 * otherwise as a number imported before with other content.
 */
export class HistoryImport {
  private readonly numbers: HistoricalNumbers;

  constructor(
    private readonly store: EventStore,
    private readonly options: HistoryImportOptions,
  ) {
    this.numbers = new HistoricalNumbers(store, { actor: IMPORT_ACTOR, source: { file: options.source } });
  }

  /** The outcome of every row, in the order of the rows. */
  async *run(rows: AsyncIterable<SourceRow>): AsyncGenerator<RowOutcome> {
    const size = this.options.batchSize ?? 200;
    let batch: (Prepared | RowOutcome)[] = [];
    for await (const source of rows) {
      const prepared = this.prepare(source);
      // The same number twice in a batch would race itself: the second waits for the first.
      const repeats = isPrepared(prepared) && batch.some((p) => p.ticketNo === prepared.ticketNo);
      if (batch.length >= size || repeats) {
        yield* await this.flush(batch);
        batch = [];
      }
      batch.push(prepared);
    }
    yield* await this.flush(batch);
  }

  private prepare(source: SourceRow): Prepared | RowOutcome {
    const { row } = source;
    if ('problems' in source) return { row, result: 'failed', problems: source.problems };
    const ticketNo = source.record.ticketNo;
    const parsed = parseHistoricalRow(source.record, {
      timeZone: this.options.timeZone,
      now: this.options.now.getTime(),
    });
    if (!parsed.ok) return { row, ticketNo, result: 'failed', problems: parsed.problems };
    const feedbackId = importedFeedbackIdFor(parsed.ticket.ticketNo);
    const decided = decideHistory(parsed.ticket, {
      feedbackId,
      departmentOf: (category) => this.options.routing.categories[category].department,
    });
    if (!decided.ok) return { row, ticketNo, result: 'failed', problems: [decided.problem] };
    const digest = createHash('sha256').update(JSON.stringify(parsed.ticket)).digest('hex');
    const commandId = `import:${parsed.ticket.ticketNo}`;
    const context: CommandContext = {
      commandId,
      keyedByClient: true,
      actor: IMPORT_ACTOR,
      correlationId: commandId,
      causationId: commandId,
      requestHash: digest,
    };
    const origin = { file: this.options.source, row };
    const events = decided.steps
      .flatMap((step) => step.events.map((event) => ({ commandType: step.commandType, event })))
      .map(({ commandType, event }, i) => ({
        id: eventIdFor(commandId, digest, i),
        type: event.type,
        data: event.data,
        metadata: { ...metadataFor(context, commandType), source: origin },
      }));
    return { row, ticketNo: parsed.ticket.ticketNo, feedbackId, events };
  }

  private async flush(batch: readonly (Prepared | RowOutcome)[]): Promise<RowOutcome[]> {
    const ready = batch.filter(isPrepared);
    const present = new Map(
      await Promise.all(ready.map(async (p) => [p, await this.alreadyThere(p)] as const)),
    );
    const toHold = ready.filter((p) => !present.get(p));
    const taken =
      toHold.length > 0 ? await this.numbers.hold(toHold.map((p) => p.ticketNo)) : new Map<string, string>();
    return Promise.all(
      batch.map(async (p) => {
        if (!isPrepared(p)) return p;
        const found = present.get(p);
        if (found) return found;
        const owner = taken.get(p.ticketNo);
        return owner === undefined
          ? this.append(p)
          : failed(p, `${p.ticketNo} already belongs to ticket ${owner}`);
      }),
    );
  }

  private async append(p: Prepared): Promise<RowOutcome> {
    try {
      await this.store.appendToStream(feedbackStreamId(p.feedbackId), p.events, 'no_stream');
      return { row: p.row, ticketNo: p.ticketNo, result: 'imported' };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const found = await this.alreadyThere(p);
      if (!found) throw error;
      return found;
    }
  }

  /** What the ticket's stream says of this row, if the stream exists. */
  private async alreadyThere(p: Prepared): Promise<RowOutcome | undefined> {
    const [first] = await this.store.readStream(feedbackStreamId(p.feedbackId), { maxCount: 1 });
    if (!first) return undefined;
    if (first.id === p.events[0].id) return { row: p.row, ticketNo: p.ticketNo, result: 'already_present' };
    const earlier = first.metadata.source as { file?: string; row?: number } | undefined;
    const from = earlier?.file ? ` (from ${earlier.file}, row ${earlier.row})` : '';
    return failed(p, `${p.ticketNo} was imported before with other content${from}`);
  }
}

const isPrepared = (p: Prepared | RowOutcome): p is Prepared => 'events' in p;

const failed = (p: Prepared, reason: string): RowOutcome => ({
  row: p.row,
  ticketNo: p.ticketNo,
  result: 'failed',
  problems: [{ field: 'ticketNo', reason }],
});
