import { personalDataPolicy } from '@ledger/domain';
import { once } from 'node:events';
import { constants, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import type { LedgerConfig } from '@ledger/config';
import { openEventStore } from '@ledger/event-store';
import { HistoryImport, type RowOutcome } from '@ledger/feedback';
import { UsageError, readCommandLine } from './command-options';
import { ImportProgress, type ProgressOutput } from './import-progress';
import {
  formatOfFile,
  IMPORT_FORMATS,
  ImportFileError,
  readImportSource,
  type ImportFormat,
} from './import-source';

/** 0: every row is in the ledger; 1: the file could not be imported at all; 3: some rows failed. */
export const IMPORT_EXIT = { done: 0, fileRefused: 1, rowsFailed: 3 } as const;

export interface ImportStreams {
  readonly stderr: Writable & ProgressOutput;
}

/**
 * `import <file> [--format csv|ndjson] [--errors <file>]`: imports the rows of a record table,
 * each as a ticket, reporting every row that cannot be imported and carrying on with the others.
 */
export async function importHistory(
  config: LedgerConfig,
  args: readonly string[],
  print: (line: string) => void,
  streams: ImportStreams,
): Promise<number> {
  const { positionals, options } = readCommandLine(args, ['format', 'errors']);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('import takes one file');
  const format = options.format ?? formatOfFile(file);
  if (!isFormat(format)) {
    const known = IMPORT_FORMATS.join(' or ');
    throw new UsageError(
      options.format
        ? `unknown format ${options.format}: it is ${known}`
        : `the format of ${file} is not known by its name: say --format ${known}`,
    );
  }
  const refused = (reason: string) => {
    print(`${basename(file)} was not imported: ${reason}`);
    return IMPORT_EXIT.fileRefused;
  };
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    return refused(`it cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let total = 0;
  try {
    // A first pass counts the rows for the progress, and finds a broken file before any row is imported.
    for await (const _ of readImportSource(file, format)) total++;
  } catch (error) {
    if (error instanceof ImportFileError) return refused(error.message);
    throw error;
  }
  return importRows(config, { file, format, total, errorsFile: options.errors }, print, streams);
}

interface ImportJob {
  readonly file: string;
  readonly format: ImportFormat;
  readonly total: number;
  readonly errorsFile?: string;
}

async function importRows(
  config: LedgerConfig,
  { file, format, total, errorsFile }: ImportJob,
  print: (line: string) => void,
  { stderr }: ImportStreams,
): Promise<number> {
  const report = errorsFile ? createWriteStream(errorsFile) : stderr;
  if (report !== stderr) await once(report, 'open');
  const progress = new ImportProgress(stderr, total);
  const counts = { imported: 0, already_present: 0, failed: 0 };
  const store = await openEventStore({ ...config, personalData: personalDataPolicy });
  try {
    const rows = new HistoryImport(store, {
      timeZone: config.timeZone,
      routing: config.intake.routing,
      source: basename(file),
      now: new Date(),
    });
    let done = 0;
    for await (const outcome of rows.run(readImportSource(file, format))) {
      counts[outcome.result]++;
      if (outcome.result === 'failed') {
        if (report === stderr) progress.clear();
        report.write(errorLines(outcome));
      }
      progress.update(++done);
    }
    progress.finish(done);
  } finally {
    await store.close();
    if (report !== stderr) await new Promise((resolve) => report.end(resolve));
  }
  print(
    `${basename(file)}: ${total} rows, ${counts.imported} imported, ${counts.already_present} already present, ` +
      `${counts.failed} failed${counts.failed > 0 && errorsFile ? ` (see ${errorsFile})` : ''}`,
  );
  return counts.failed > 0 ? IMPORT_EXIT.rowsFailed : IMPORT_EXIT.done;
}

const isFormat = (format: string | undefined): format is ImportFormat =>
  IMPORT_FORMATS.some((known) => known === format);

/** The error report: one JSON line per problem, with the row (see SourceRow) and its tracking number. */
function errorLines(outcome: Extract<RowOutcome, { result: 'failed' }>): string {
  return outcome.problems
    .map(
      ({ field, reason }) =>
        `${JSON.stringify({ row: outcome.row, ticketNo: outcome.ticketNo, field, reason })}\n`,
    )
    .join('');
}
