import { lineChart, type LineChart } from './line-chart';
import { marks, numbers } from './testing/svg-marks';

const chart = (values: readonly (number | null)[]): LineChart => ({
  id: 'trend',
  title: 'Satisfaction trend',
  xLabel: 'day',
  yLabel: 'satisfaction rate',
  kind: 'rate',
  points: values.map((value, index) => ({ label: `2023-10-0${index + 2}`, value })),
});

describe('the line chart', () => {
  it('places each point at a height proportional to its value, left to right', () => {
    const svg = lineChart(chart([0.5, 1, 0.25, 0]));
    const points = marks(svg, 'circle', 'point');
    expect(numbers(points, 'data-value')).toEqual([0.5, 1, 0.25, 0]);
    const baseline = numbers(points, 'cy')[3];
    const heights = numbers(points, 'cy').map((cy) => baseline - cy);
    expect(heights[1]).toBeGreaterThan(0);
    expect(heights.map((height) => height / heights[1])).toEqual([0.5, 1, 0.25, 0]);
    const xs = numbers(points, 'cx');
    expect(xs[1] - xs[0]).toBeCloseTo(xs[3] - xs[2], 5);
    expect(marks(svg, 'polyline', 'line')).toHaveLength(1);
    expect(svg).toContain('>25%</text>');
  });

  it('breaks the line where a value is missing and says n/a there', () => {
    const svg = lineChart(chart([0.5, null, 0.75, 0.5, null, 1]));
    expect(numbers(marks(svg, 'circle', 'point'), 'data-value')).toEqual([0.5, 0.75, 0.5, 1]);
    const lines = marks(svg, 'polyline', 'line');
    expect(lines.map((line) => line.points.split(' ').length)).toEqual([2]);
    expect(svg.match(/>n\/a<\/text>/g)).toHaveLength(2);
  });

  it.each([
    ['no points', chart([])],
    ['no measured point', chart([null, null, null])],
  ])('says there is no data when there are %s', (_, empty) => {
    const svg = lineChart(empty);
    expect(svg).toContain('data-state="empty"');
    expect(svg).toContain('No data for this period');
    expect(marks(svg, 'circle', 'point')).toEqual([]);
    expect(svg).not.toContain('NaN');
  });
});
