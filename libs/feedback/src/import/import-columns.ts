import {
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  type ImportField,
  type ImportRecord,
  type RowProblem,
} from './import-fields';

/** The headers such records carry besides the English names, as the process documents print them. */
const CHINESE_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  ticketNo: ['编号', '工单编号', '反馈编号'],
  submittedAt: ['提交时间'],
  customer: ['客户', '客户名称'],
  channel: ['渠道', '反馈渠道'],
  summary: ['问题摘要', '摘要'],
  category: ['类别', '问题类型'],
  priority: ['优先级'],
  handler: ['处理人'],
  progress: ['处理进度'],
  solution: ['解决方案'],
  satisfaction: ['满意度'],
  duration: ['处理时长'],
  archivedAt: ['归档日期'],
};

/** English names match whatever their case and separators (`ticketNo`, `Ticket No`, `ticket_no`). */
const keyOf = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => [field, ...CHINESE_HEADERS[field]].map((name) => [keyOf(name), field])),
);

/** The field a column header or NDJSON key stands for, if any. */
export const fieldOfHeader = (header: string): ImportField | undefined => FIELD_BY_HEADER.get(keyOf(header));

export type HeaderReading =
  | { readonly ok: true; readonly fields: readonly ImportField[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads a header row. An unknown or repeated column refuses the file whole: a misspelt header
 * would otherwise import every row without that column, and fixing it later would make every
 * row's content differ from what was imported.
 */
export function readHeader(headers: readonly string[]): HeaderReading {
  const problems: string[] = [];
  const fields: ImportField[] = [];
  for (const header of headers) {
    const field = fieldOfHeader(header);
    if (!field) problems.push(`unknown column "${header}"`);
    else if (fields.includes(field)) problems.push(`column "${header}" repeats ${field}`);
    if (field) fields.push(field);
  }
  for (const field of REQUIRED_FIELDS) {
    if (!fields.includes(field)) problems.push(`no ${field} column`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fields };
}

/** A row of cells under the header read by readHeader; blank cells are left out. */
export function recordOfCells(
  fields: readonly ImportField[],
  cells: readonly string[],
): { record: ImportRecord } | { problem: RowProblem } {
  if (cells.length !== fields.length) {
    return {
      problem: { field: '', reason: `the row has ${cells.length} cells, the header ${fields.length}` },
    };
  }
  const record: ImportRecord = {};
  fields.forEach((field, i) => {
    if (cells[i].trim()) record[field] = cells[i].trim();
  });
  return { record };
}

/** An NDJSON object as a row: keys as in a header, values text or numbers. */
export function recordOfObject(value: unknown): { record: ImportRecord } | { problems: RowProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ field: '', reason: 'the line is not a JSON object' }] };
  }
  const record: ImportRecord = {};
  const problems: RowProblem[] = [];
  const seen = new Set<ImportField>();
  for (const [key, cell] of Object.entries(value)) {
    const field = fieldOfHeader(key);
    if (!field) problems.push({ field: key, reason: `unknown field "${key}"` });
    else if (seen.has(field)) problems.push({ field, reason: `"${key}" repeats ${field}` });
    if (!field || seen.has(field)) continue;
    seen.add(field);
    if (typeof cell === 'string' || typeof cell === 'number') {
      if (String(cell).trim()) record[field] = String(cell).trim();
    } else if (cell !== null) problems.push({ field, reason: `${field} must be text or a number` });
  }
  return problems.length > 0 ? { problems } : { record };
}
