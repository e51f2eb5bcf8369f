/** Flattens nested row objects into columns: `{ response: { rate } }` becomes `response.rate`. */
export function flatten(row: object, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(flat, flatten(value, column));
    else flat[column] = value;
  }
  return flat;
}

/** Every column of some row, in the order they first appear. */
export const columnsOf = (flatRows: readonly Record<string, unknown>[]): string[] => [
  ...new Set(flatRows.flatMap((row) => Object.keys(row))),
];

/** Text a spreadsheet would run as a formula; prefixed with ' so it shows as text (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

const csvCell = (value: unknown): string => {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && FORMULA.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a header row. */
export function toCsv(rows: readonly object[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = columnsOf(flat);
  return (
    [columns, ...flat.map((r) => columns.map((c) => r[c]))]
      .map((line) => line.map(csvCell).join(','))
      .join('\r\n') + '\r\n'
  );
}

/** A Markdown table, for reports read by people. */
export function toMarkdownTable(rows: readonly object[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = columnsOf(flat);
  const cell = (value: unknown) =>
    value === null || value === undefined ? '' : String(value).replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...flat.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ].join('\n');
}
