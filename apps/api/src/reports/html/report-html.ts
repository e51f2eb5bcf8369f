import type { PeriodReport } from '@ledger/projections';
import { reportTables, reportTitle } from '../render-report';
import { escapeHtml } from './escape-html';
import { toHtmlTable } from './html-table';
import { reportCharts } from './report-charts';
import { REPORT_STYLE } from './report-style';

/**
 * Sent with the HTML report: nothing but its own inline style may load or run. The page needs
 * nothing else, so a link, script or image that data smuggled in stays inert, and the header says
 * so to anyone reading it. `img-src data:` admits only the empty icon, which keeps the browser from
 * asking the server for /favicon.ico.
 */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The report as one standalone HTML page: the four charts as inline SVG, then the tables of the
 * Markdown report, so every number can be read without the charts (and by screen readers).
 */
export function reportAsHtml(report: PeriodReport): string {
  const title = escapeHtml(reportTitle(report));
  const figures = reportCharts(report).map(
    ({ title: caption, svg }) =>
      `<figure>\n<figcaption>${escapeHtml(caption)}</figcaption>\n${svg}\n</figure>`,
  );
  const tables = reportTables(report).map(
    ([section, rows]) =>
      `<h3>${escapeHtml(section)}</h3>\n${rows.length ? toHtmlTable(rows) : '<p class="none-rows">none</p>'}`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="period">Generated ${escapeHtml(report.overview.asOf)}; the backlog is counted at that time.</p>
<h2>Charts</h2>
<section class="charts">
${figures.join('\n')}
</section>
<h2>Tables</h2>
${tables.join('\n')}
</body>
</html>
`;
}
