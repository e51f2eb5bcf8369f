import Database from 'better-sqlite3';
import { SqliteEventStore, verifyLog, type RecordedEvent } from '@ledger/event-store';
import { isAnswered, type SentCommand } from './intake-load';

/**
 * What is wrong with the event file, as a list of problems (none: the log is whole): every row's
 * JSON parses, the file passes SQLite's integrity check, every stream's hash chain verifies from
 * revision 0 without gaps, event ids are unique, every ticket's number was reserved for it alone,
 * and the events of each command answered 2xx are in the log once, where its answer said.
 * Reads the file beside a running service (WAL).
 */
export async function logProblems(file: string, sent: readonly SentCommand[]): Promise<string[]> {
  const problems: string[] = [];
  const db = new Database(file);
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity check: ${String(integrity)}`);
  const rows = db.prepare('SELECT position, data, metadata FROM events').all() as Array<{
    position: number;
    data: string;
    metadata: string;
  }>;
  for (const row of rows) {
    try {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    } catch {
      problems.push(`event at position ${row.position} is not whole JSON`);
    }
  }
  const store = new SqliteEventStore(db);
  try {
    const chain = await verifyLog(store);
    if (!chain.verified || chain.unchained > 0) problems.push(`hash chain: ${JSON.stringify(chain)}`);
    const events = await store.readAll();
    if (new Set(events.map((e) => e.id)).size !== events.length) problems.push('an event id is stored twice');
    problems.push(...numberProblems(events), ...commandProblems(events, sent));
  } finally {
    await store.close();
  }
  return problems;
}

/** Each ticket's number was reserved for that ticket, and no number went to two tickets. */
function numberProblems(events: readonly RecordedEvent[]): string[] {
  const reservedFor = new Map<string, string>();
  for (const e of events.filter((e) => e.type === 'TrackingNumberReserved')) {
    reservedFor.set(String(e.data.ticketNo), String(e.data.feedbackId));
  }
  const problems: string[] = [];
  const numbers = new Set<string>();
  for (const e of events.filter((e) => e.type === 'FeedbackReceived')) {
    const ticketNo = String(e.data.ticketNo);
    if (numbers.has(ticketNo)) problems.push(`${ticketNo} was given to two tickets`);
    numbers.add(ticketNo);
    if (`feedback-${reservedFor.get(ticketNo)}` !== e.streamId) {
      problems.push(`${ticketNo} of ${e.streamId} was not reserved for it`);
    }
  }
  return problems;
}

/** The events of every command answered 2xx: one block in one stream, ending where the answer said. */
function commandProblems(events: readonly RecordedEvent[], sent: readonly SentCommand[]): string[] {
  const byCommand = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    const commandId = e.metadata.commandId;
    if (typeof commandId === 'string') byCommand.set(commandId, [...(byCommand.get(commandId) ?? []), e]);
  }
  const problems: string[] = [];
  for (const command of sent.filter((s) => isAnswered(s.status))) {
    const stored = byCommand.get(command.key) ?? [];
    const last = stored[stored.length - 1];
    const answer = command.answer ?? {};
    if (!last) {
      problems.push(`${command.key} was answered ${command.status} but is not in the log`);
      continue;
    }
    const oneBlock = stored.every(
      (e, i) => e.streamId === stored[0].streamId && e.revision === stored[0].revision + i,
    );
    if (!oneBlock) problems.push(`${command.key} is in the log more than once: ${placesOf(stored)}`);
    if (last.revision !== answer.revision || last.position.toString() !== answer.position) {
      problems.push(`${command.key} answered ${JSON.stringify(answer)} but is stored as ${placesOf(stored)}`);
    }
    if (answer.id !== undefined && last.streamId !== `feedback-${answer.id}`) {
      problems.push(`${command.key} answered ticket ${answer.id} but is stored in ${last.streamId}`);
    }
  }
  return problems;
}

const placesOf = (events: readonly RecordedEvent[]): string =>
  events.map((e) => `${e.streamId}@${e.revision}/${e.position}`).join(', ');
