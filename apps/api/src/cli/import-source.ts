import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { CsvError, parse } from 'csv-parse';
import {
  readHeader,
  recordOfCells,
  recordOfObject,
  type ImportField,
  type SourceRow,
} from '@ledger/feedback';

export const IMPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The file as a whole cannot be imported: no row of it is. */
export class ImportFileError extends Error {}

/** The format a file's extension names (`.jsonl` is NDJSON too), if any. */
export function formatOfFile(file: string): ImportFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  return extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : undefined;
}

/** The rows of a file, read as they are needed: the file is never held whole. */
export function readImportSource(file: string, format: ImportFormat): AsyncIterable<SourceRow> {
  return format === 'csv' ? csvRows(file) : ndjsonRows(file);
}

/**
 * Rows are numbered as a spreadsheet shows them: the header is row 1, and an empty line is a row
 * with nothing in it, which is skipped.
 */
async function* csvRows(file: string): AsyncGenerator<SourceRow> {
  const records = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }));
  let fields: readonly ImportField[] | undefined;
  let row = 0;
  try {
    for await (const cells of records as AsyncIterable<string[]>) {
      row++;
      if (cells.every((cell) => !cell.trim())) continue;
      if (!fields) {
        const header = readHeader(cells);
        if (!header.ok) throw new ImportFileError(`${header.problems.join('; ')} in the header`);
        fields = header.fields;
        continue;
      }
      const read = recordOfCells(fields, cells);
      yield 'record' in read ? { row, record: read.record } : { row, problems: [read.problem] };
    }
  } catch (error) {
    throw error instanceof CsvError ? new ImportFileError(`not valid CSV: ${error.message}`) : error;
  }
  if (!fields) throw new ImportFileError('the file has no header row');
}

/** One JSON object a line, numbered by line; blank lines are skipped. */
async function* ndjsonRows(file: string): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row++;
    const text = row === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { row, problems: [{ field: '', reason: `not JSON: ${(error as Error).message}` }] };
      continue;
    }
    const read = recordOfObject(value);
    yield 'record' in read ? { row, record: read.record } : { row, problems: read.problems };
  }
}
