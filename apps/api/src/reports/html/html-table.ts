import { columnsOf, flatten } from '../../kpis/table-format';
import { escapeHtml } from './escape-html';

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '<td></td>';
  const text = escapeHtml(String(value));
  return typeof value === 'number' ? `<td class="number">${text}</td>` : `<td>${text}</td>`;
};

/** An HTML table with a header row, the same columns as the Markdown and CSV tables, every text escaped. */
export function toHtmlTable(rows: readonly object[]): string {
  const flat = rows.map((row) => flatten(row));
  const columns = columnsOf(flat);
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = flat
    .map((row) => `<tr>${columns.map((column) => cell(row[column])).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
