import type { PeriodReport } from '@ledger/projections';
import { flatten, toCsv, toMarkdownTable } from '../kpis/table-format';

/** The report's tables, each a list of flat rows, in reading order. */
export function reportTables(report: PeriodReport): [string, object[]][] {
  const { overview } = report;
  return [
    [
      'Summary',
      [
        {
          received: overview.received,
          reopenRate: overview.reopenRate,
          p1ResolutionRate: report.p1ResolutionRate,
          ...flatten({ repeatComplaints: report.repeatComplaints }),
        },
      ],
    ],
    ['Category share', overview.categoryShare],
    ['Top topics', overview.topTopics],
    ['Timeliness by priority', report.timelinessByPriority],
    ['Satisfaction', report.satisfaction],
    [
      `Satisfaction trend (by ${report.period.kind === 'weekly' ? 'day' : 'ISO week'})`,
      report.satisfactionTrend,
    ],
    ['Satisfaction by department', report.satisfactionByDepartment],
    ['Departments', overview.departments],
    [`Backlog by age (as of ${overview.asOf})`, overview.backlogByAge],
    [
      'Effect of corrective actions',
      report.problems.map((line) => ({
        problem: line.title,
        status: line.status,
        effect: line.sentence,
        windowDays: line.windows.windowDays,
        before: line.before.count,
        beforeRate: line.change.beforeRate,
        after: line.after.count,
        afterRate: line.change.afterRate,
        countChange: line.change.countChange,
      })),
    ],
  ];
}

/** CSV in long form, `section,row,column,value`, so that tables of different shapes share one file. */
export function reportAsCsv(report: PeriodReport): string {
  const rows = reportTables(report).flatMap(([section, table]) =>
    table.flatMap((row, index) =>
      Object.entries(flatten(row)).map(([column, value]) => ({ section, row: index + 1, column, value })),
    ),
  );
  return toCsv(rows);
}

/** `Weekly feedback report 2023-W40 (2023-10-02 to 2023-10-08)`. */
export function reportTitle({ period }: PeriodReport): string {
  return `${period.kind === 'weekly' ? 'Weekly' : 'Monthly'} feedback report ${period.label} (${period.from} to ${period.to})`;
}

export function reportAsMarkdown(report: PeriodReport): string {
  const title = `# ${reportTitle(report)}`;
  const sections = reportTables(report).map(
    ([section, table]) => `## ${section}\n\n${table.length ? toMarkdownTable(table) : '_none_'}`,
  );
  return `${[title, ...sections].join('\n\n')}\n`;
}
