import type { PeriodReport, SatisfactionRow } from '@ledger/projections';
import { marks } from '../charts/testing/svg-marks';
import { reportAsMarkdown } from '../render-report';
import { reportAsHtml } from './report-html';

const HOSTILE = '<script>alert("x")</script>';

const stats = (handled: number, timely: number) => ({
  handled,
  timely,
  rate: handled ? timely / handled : null,
  averageMinutes: null,
  medianMinutes: null,
  p90Minutes: null,
});

const satisfaction = (
  period: string,
  value: string,
  rated: number,
  rate: number | null,
): SatisfactionRow => ({
  period,
  value,
  rated,
  satisfied: rated,
  basically_satisfied: 0,
  dissatisfied: 0,
  rate,
  averageScore: null,
});

const report: PeriodReport = {
  period: { kind: 'weekly', label: '2023-W40', from: '2023-10-02', to: '2023-10-08' },
  overview: {
    from: '2023-10-02',
    to: '2023-10-08',
    asOf: '2023-10-09T00:00:00.000Z',
    received: 4,
    categoryShare: [
      { category: 'complaint', count: 3, share: 0.75 },
      { category: 'praise', count: 1, share: 0.25 },
    ],
    topTopics: [{ topic: `topic ${HOSTILE}`, count: 2 }],
    reopenRate: null,
    backlogByAge: [
      { age: 'under 1 day', count: 1 },
      { age: 'over 30 days', count: 0 },
    ],
    departments: [{ department: HOSTILE, received: 4, closed: 1, closureRate: 0.25, satisfactionRate: null }],
  },
  timelinessByPriority: [
    { period: 'total', value: 'P1', response: stats(2, 1), resolution: stats(0, 0) },
    { period: 'total', value: 'P3', response: stats(1, 1), resolution: stats(1, 1) },
  ],
  p1ResolutionRate: null,
  satisfaction: [satisfaction('total', 'all', 1, 1)],
  satisfactionTrend: [
    '2023-10-02',
    '2023-10-03',
    '2023-10-04',
    '2023-10-05',
    '2023-10-06',
    '2023-10-07',
    '2023-10-08',
  ].map((day) => ({
    ...satisfaction(day, 'all', day === '2023-10-03' ? 1 : 0, day === '2023-10-03' ? 1 : null),
    from: day,
    to: day,
  })),
  satisfactionByDepartment: [satisfaction('total', HOSTILE, 1, 1)],
  repeatComplaints: { period: 'total', complaints: 3, repeats: 0, rate: 0 },
  problems: [
    {
      problemId: 'p-1',
      title: `late parcels ${HOSTILE}`,
      status: 'evaluating',
      windows: {
        pivot: '2023-09-15T00:00:00.000Z',
        windowDays: 14,
        before: { from: '2023-09-01T00:00:00.000Z', to: '2023-09-15T00:00:00.000Z' },
        after: { from: '2023-09-15T00:00:00.000Z', to: '2023-09-29T00:00:00.000Z' },
      },
      before: { count: 20, total: 100 },
      after: { count: 7, total: 90 },
      change: { beforeRate: 0.2, afterRate: 0.078, countChange: -0.65 },
      sentence: 'feedback on delivery fell 65 % in the 14 days after the corrective actions (7 against 20)',
    },
  ],
};

describe('the HTML report', () => {
  const html = reportAsHtml(report);

  it('is one standalone document with its style inline and nothing to load or run', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<title>Weekly feedback report 2023-W40 (2023-10-02 to 2023-10-08)</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<img|<iframe|<object|<a |url\(|@import|https?:/i);
    expect(html.match(/ (?:href|src)="([^"]*)"/g)).toEqual([' href="data:,"']);
  });

  it('draws the four charts, each an image with a title, from the report’s figures', () => {
    const charts = marks(html, 'svg', 'chart');
    expect(charts.map((chart) => [chart.id, chart.role, chart['data-state']])).toEqual([
      ['satisfaction-trend', 'img', 'data'],
      ['category-share', 'img', 'data'],
      ['timeliness-by-priority', 'img', 'data'],
      ['backlog-by-age', 'img', 'data'],
    ]);
    for (const chart of charts) expect(html).toContain(`<title id="${chart.id}-title">`);
    expect(marks(html, 'circle', 'point')).toHaveLength(1);
    // Two categories; P1 and P3 each with a first-response bar, only P3 with a resolution bar.
    expect(marks(html, 'rect', 'bar')).toHaveLength(2 + 3 + 2);
  });

  it('has every table of the Markdown report below the charts', () => {
    const sections = [...reportAsMarkdown(report).matchAll(/^## (.+)$/gm)].map(([, section]) => section);
    const headings = [...html.matchAll(/<h3>(.+)<\/h3>/g)].map(([, heading]) => heading);
    expect(headings).toEqual(sections.map((section) => section.replace(/&/g, '&amp;')));
    expect(headings).toContain('Satisfaction trend (by day)');
    expect(html.indexOf('<table>')).toBeGreaterThan(html.lastIndexOf('</svg>'));
    expect(html).toContain('<td class="number">0.25</td>');
  });

  it('escapes every text that comes from data', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>');
    expect(html).toContain('<td>topic &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>');
  });

  it('states the effect of each problem’s corrective actions in a sentence with its figures', () => {
    expect(html).toContain('<h3>Effect of corrective actions</h3>');
    expect(html).toContain(
      '<td>feedback on delivery fell 65 % in the 14 days after the corrective actions (7 against 20)</td>',
    );
    expect(html).toContain('<td>late parcels &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>');
  });
});
