import type { PeriodReport } from '@ledger/projections';
import { barChart, type BarChart } from '../charts/bar-chart';
import { lineChart, type LineChart } from '../charts/line-chart';

export interface ReportChart {
  readonly title: string;
  readonly svg: string;
}

/** The report's four charts, in reading order; each has the table of the same figures below it in the page. */
export function reportCharts(report: PeriodReport): ReportChart[] {
  const { overview, period } = report;
  const weekly = period.kind === 'weekly';
  const trend: LineChart = {
    id: 'satisfaction-trend',
    title: `Satisfaction rate by ${weekly ? 'day' : 'ISO week'}`,
    xLabel: weekly ? 'day rated' : 'ISO week rated (days within the month)',
    yLabel: 'satisfied or basically satisfied',
    kind: 'rate',
    points: report.satisfactionTrend.map((point) => ({ label: point.period, value: point.rate })),
  };
  const bars: BarChart[] = [
    {
      id: 'category-share',
      title: 'Category share of the feedback received',
      xLabel: 'category',
      yLabel: 'share of received',
      kind: 'rate',
      categories: overview.categoryShare.map((row) => row.category),
      series: [{ name: 'share of received', values: overview.categoryShare.map((row) => row.share) }],
    },
    {
      id: 'timeliness-by-priority',
      title: 'Handled within target, by priority',
      xLabel: 'priority',
      yLabel: 'within target',
      kind: 'rate',
      categories: report.timelinessByPriority.map((row) => row.value),
      series: [
        { name: 'first response', values: report.timelinessByPriority.map((row) => row.response.rate) },
        { name: 'resolution', values: report.timelinessByPriority.map((row) => row.resolution.rate) },
      ],
    },
    {
      id: 'backlog-by-age',
      title: `Open tickets by age, as of ${overview.asOf}`,
      xLabel: 'time since receipt',
      yLabel: 'open tickets',
      kind: 'count',
      categories: overview.backlogByAge.map((row) => row.age),
      series: [{ name: 'open tickets', values: overview.backlogByAge.map((row) => row.count) }],
    },
  ];
  return [
    { title: trend.title, svg: lineChart(trend) },
    ...bars.map((chart) => ({ title: chart.title, svg: barChart(chart) })),
  ];
}
