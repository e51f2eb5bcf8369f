/**
 * The columns of the record table that the company's feedback process documents keep, in the
 * order they appear there; each becomes part of an imported ticket (see decideHistory).
 */
export const IMPORT_FIELDS = [
  'ticketNo',
  'submittedAt',
  'customer',
  'channel',
  'summary',
  'category',
  'priority',
  'handler',
  'progress',
  'solution',
  'satisfaction',
  'duration',
  'archivedAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a row cannot become a ticket, so a file lacking one of their columns is refused whole. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['ticketNo', 'submittedAt', 'channel', 'summary'];

/** One row of the table as text, blank cells left out. */
export type ImportRecord = Partial<Record<ImportField, string>>;

/**
 * Why a row, or one of its cells, cannot be imported: `field` is the column's English name (or a
 * key the file has that no column answers to), empty when the row as a whole is at fault.
 */
export interface RowProblem {
  readonly field: string;
  readonly reason: string;
}
