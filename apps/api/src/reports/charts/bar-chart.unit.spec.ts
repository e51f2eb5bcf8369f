import { barChart, type BarChart } from './bar-chart';
import { marks, numbers } from './testing/svg-marks';

const labels = { id: 'backlog', title: 'Backlog by age', xLabel: 'age', yLabel: 'open tickets' };

const chart = (overrides: Partial<BarChart>): BarChart => ({
  ...labels,
  kind: 'count',
  categories: ['a', 'b', 'c'],
  series: [{ name: 'open tickets', values: [10, 20, 5] }],
  ...overrides,
});

describe('the bar chart', () => {
  it('draws one bar per value, its height proportional to the value, all standing on one baseline', () => {
    const svg = barChart(chart({}));
    const bars = marks(svg, 'rect', 'bar');
    const heights = numbers(bars, 'height');
    expect(numbers(bars, 'data-value')).toEqual([10, 20, 5]);
    expect(heights[1]).toBeGreaterThan(0);
    expect(heights.map((height) => height / heights[1])).toEqual([0.5, 1, 0.25]);
    const bottoms = bars.map((bar) => Number(bar.y) + Number(bar.height));
    expect(new Set(bottoms).size).toBe(1);
    expect(svg).toContain('>20</text>');
  });

  it('puts the bars of a category side by side, one per series, left to right in category order', () => {
    const svg = barChart(
      chart({
        kind: 'rate',
        categories: ['P1', 'P2'],
        series: [
          { name: 'first response', values: [1, 0.5] },
          { name: 'resolution', values: [0.25, 0.75] },
        ],
      }),
    );
    const bars = marks(svg, 'rect', 'bar');
    expect(bars.map((bar) => bar.class)).toEqual([
      'bar series-0',
      'bar series-1',
      'bar series-0',
      'bar series-1',
    ]);
    const xs = numbers(bars, 'x');
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const heights = numbers(bars, 'height');
    // Rates share a 0–100 % axis: a full bar is four times a quarter.
    expect(heights[0] / heights[1]).toBe(4);
    expect(svg).toContain('>75%</text>');
    expect(marks(svg, 'rect', 'swatch')).toHaveLength(2);
  });

  it('marks a value that cannot be measured n/a instead of drawing it as zero', () => {
    const svg = barChart(
      chart({
        kind: 'rate',
        series: [{ name: 'resolution', values: [0.5, null, 1] }],
      }),
    );
    expect(numbers(marks(svg, 'rect', 'bar'), 'data-value')).toEqual([0.5, 1]);
    expect(svg).toContain('>n/a</text>');
  });

  it('draws zero-height bars for zero counts without dividing by zero', () => {
    const svg = barChart(chart({ series: [{ name: 'open tickets', values: [0, 0, 0] }] }));
    expect(numbers(marks(svg, 'rect', 'bar'), 'height')).toEqual([0, 0, 0]);
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('data-state="data"');
  });

  it.each([
    ['no categories', chart({ categories: [], series: [{ name: 'open tickets', values: [] }] })],
    [
      'nothing measured',
      chart({ kind: 'rate', series: [{ name: 'resolution', values: [null, null, null] }] }),
    ],
  ])('says there is no data when there are %s', (_, empty) => {
    const svg = barChart(empty);
    expect(svg).toContain('data-state="empty"');
    expect(svg).toContain('No data for this period');
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*><title id="backlog-title">Backlog by age<\/title>/);
    expect(marks(svg, 'rect', 'bar')).toEqual([]);
    expect(svg).not.toContain('NaN');
  });

  it('escapes the labels it is given', () => {
    const svg = barChart(chart({ categories: ['<b>', 'a&b', '"q"'] }));
    expect(svg).toContain('>&lt;b&gt;</text>');
    expect(svg).toContain('>a&amp;b</text>');
    expect(svg).toContain('&quot;q&quot;');
    expect(svg).not.toContain('<b>');
  });
});
