import { dayInTimeZone, LIMITS, parseTrackingNumber, textLength, type Status } from '@ledger/domain';
import { MAX_IMPORTED_SEQUENCE } from '../tracking-numbers/historical-numbers';
import type { HistoricalTicket } from './historical-ticket';
import { missingPrerequisites, statusesAllowed } from './historical-status';
import { REQUIRED_FIELDS, type ImportField, type ImportRecord, type RowProblem } from './import-fields';
import {
  CATEGORY_WORDS,
  CHANNEL_WORDS,
  PRIORITY_WORDS,
  PROGRESS_WORDS,
  RATING_WORDS,
  valueOf,
  type Vocabulary,
} from './import-vocabulary';
import { parseRecordDuration } from './record-duration';
import { parseRecordTime } from './record-time';

export interface RowOptions {
  /** The company's time zone: local times in the record, and the day in a tracking number. */
  readonly timeZone: string;
  /** Epoch ms of the import: history cannot be later. */
  readonly now: number;
}

export type ParsedRow =
  | { readonly ok: true; readonly ticket: HistoricalTicket }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

/** The HTTP API's limit on an assignee id (AssignDto). */
const HANDLER_LENGTH = 100;

const shown = (value: string): string => `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;

const iso = (instant: number): string => new Date(instant).toISOString();

const dashed = (day: string): string => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;

/**
 * Checks one row cell by cell and then as a whole, with the limits the HTTP API applies; every
 * problem found is reported, not only the first.
 */
export function parseHistoricalRow(record: ImportRecord, options: RowOptions): ParsedRow {
  const problems: RowProblem[] = [];
  const fail = (field: ImportField, reason: string): undefined => {
    problems.push({ field, reason });
    return undefined;
  };
  const text = (field: ImportField, limit: number): string | undefined => {
    const value = record[field];
    if (value === undefined || textLength(value) <= limit) return value;
    return fail(field, `${field} must be at most ${limit} characters, it has ${textLength(value)}`);
  };
  const word = <Value extends string>(field: ImportField, vocabulary: Vocabulary<Value>) => {
    const value = record[field];
    if (value === undefined) return undefined;
    return (
      valueOf(vocabulary, value) ??
      fail(
        field,
        `unknown ${vocabulary.name} ${shown(value)}, expected one of ${vocabulary.values.join(', ')}`,
      )
    );
  };
  const time = (field: ImportField) => {
    const value = record[field];
    if (value === undefined) return undefined;
    const parsed = parseRecordTime(value, options.timeZone);
    if (!parsed) return fail(field, `${shown(value)} is not a time such as 2023-10-09 14:30`);
    if (parsed.instant > options.now) return fail(field, `${shown(value)} is in the future`);
    return parsed;
  };
  const required = (field: ImportField) =>
    record[field] === undefined ? fail(field, `${field} is required`) : undefined;

  REQUIRED_FIELDS.forEach(required);
  const number = record.ticketNo === undefined ? undefined : parseTrackingNumber(record.ticketNo);
  if (record.ticketNo !== undefined && !number) {
    fail(
      'ticketNo',
      `${shown(record.ticketNo)} is not a tracking number: CRM, the day YYYYMMDD, a sequence of 4 digits or more`,
    );
  } else if (number && number.sequence > MAX_IMPORTED_SEQUENCE) {
    fail(
      'ticketNo',
      `the sequence ${number.sequence} is above ${MAX_IMPORTED_SEQUENCE}, the most an import holds numbers for in a day`,
    );
  }
  const submitted = time('submittedAt');
  if (number && submitted) {
    const day = dayInTimeZone(new Date(submitted.instant), options.timeZone);
    if (day !== number.day) {
      fail(
        'ticketNo',
        `${record.ticketNo} is numbered for ${dashed(number.day)} but was submitted on ${dashed(day)} (${options.timeZone})`,
      );
    }
  }
  const channel = word('channel', CHANNEL_WORDS);
  const customer = text('customer', LIMITS.name);
  const summary = text('summary', LIMITS.content);
  const category = word('category', CATEGORY_WORDS);
  const priority = word('priority', PRIORITY_WORDS);
  const handler = text('handler', HANDLER_LENGTH);
  const progress = word('progress', PROGRESS_WORDS);
  const solution = text('solution', LIMITS.solution);
  const satisfaction = word('satisfaction', RATING_WORDS);
  const duration = record.duration === undefined ? undefined : parseRecordDuration(record.duration);
  if (record.duration !== undefined && duration === undefined) {
    fail(
      'duration',
      `${shown(record.duration)} is not a duration such as 36h, 1d 4h, 1天4小时, 90分钟 or PT36H`,
    );
  }
  const archived = time('archivedAt');

  const columns = {
    category: record.category !== undefined,
    priority: record.priority !== undefined,
    handler: record.handler !== undefined,
    solution: record.solution !== undefined,
    duration: record.duration !== undefined,
    satisfaction,
    archived: record.archivedAt !== undefined,
  };
  problems.push(...missingPrerequisites(columns));
  const allowed = statusesAllowed(columns);
  const status: Status | undefined = progress ?? allowed[0];
  if (progress && !allowed.includes(progress)) {
    fail(
      'progress',
      `progress ${shown(record.progress ?? '')} (${progress}) does not fit the row's other columns, which make it ${allowed.join(' or ')}`,
    );
  }

  const resolvedAt = submitted && duration !== undefined ? submitted.instant + duration : undefined;
  if (resolvedAt !== undefined && resolvedAt > options.now) {
    fail('duration', 'submit time plus duration is in the future');
  }
  const archivedAt =
    archived && resolvedAt !== undefined ? archiveInstant(archived, resolvedAt, options.timeZone) : undefined;
  if (archived && resolvedAt !== undefined && archivedAt === undefined) {
    fail('archivedAt', `${shown(record.archivedAt ?? '')} is before the resolution at ${iso(resolvedAt)}`);
  }

  if (problems.length > 0 || !record.ticketNo || !submitted || !channel || !summary || !status) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    ticket: {
      ticketNo: record.ticketNo,
      submittedAt: iso(submitted.instant),
      customer,
      channel,
      summary,
      category,
      priority,
      handler,
      status,
      solution,
      resolvedAt: resolvedAt === undefined ? undefined : iso(resolvedAt),
      satisfaction,
      archivedAt: archivedAt === undefined ? undefined : iso(archivedAt),
    },
  };
}

/**
 * An archive date without a time means that day: on the day of the resolution it is taken as the
 * resolution's instant, since archiving cannot come first; an earlier day is a mistake.
 */
function archiveInstant(
  archived: { instant: number; dateOnly: boolean },
  resolvedAt: number,
  timeZone: string,
): number | undefined {
  if (archived.instant >= resolvedAt) return archived.instant;
  const sameDay =
    dayInTimeZone(new Date(archived.instant), timeZone) === dayInTimeZone(new Date(resolvedAt), timeZone);
  return archived.dateOnly && sameDay ? resolvedAt : undefined;
}
