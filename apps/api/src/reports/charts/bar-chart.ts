import {
  BASELINE,
  chartFrame,
  legend,
  noDataChart,
  slotCentre,
  slotWidth,
  yOf,
  unmeasured,
  valueMark,
  type ChartLabels,
} from './chart-frame';
import { axisFor, type ValueKind } from './value-axis';

export interface BarSeries {
  readonly name: string;
  /** One value per category, in the categories' order; null where there is nothing to measure. */
  readonly values: readonly (number | null)[];
}

export interface BarChart extends ChartLabels {
  readonly kind: ValueKind;
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
}

/** Of a category's slot, the share its bars fill; the rest keeps neighbouring categories apart. */
const FILL = 0.7;

/**
 * Vertical bars from zero, grouped by category with one bar per series, each labelled with its
 * value; a value that cannot be measured (null) is marked `n/a` rather than drawn as zero.
 */
export function barChart(chart: BarChart): string {
  const { categories, series } = chart;
  const axis = axisFor(
    chart.kind,
    series.flatMap((s) => s.values),
  );
  if (categories.length === 0 || !axis) return noDataChart(chart);
  const width = (slotWidth(categories.length) * FILL) / series.length;
  const bars = categories.flatMap((category, index) =>
    series.map(({ name, values }, order) => {
      const value = values[index] ?? null;
      const x = slotCentre(index, categories.length) + (order - series.length / 2) * width;
      const centre = x + width / 2;
      if (value === null) return unmeasured(centre);
      const y = yOf(value, axis);
      const label = axis.format(value);
      return valueMark(
        'rect',
        { class: `bar series-${order}`, x, y, width, height: BASELINE - y, 'data-value': value },
        `${name}, ${category}: ${label}`,
        { x: centre, y: y - 4, text: label },
      );
    }),
  );
  const key = series.length > 1 ? legend(series.map((s) => s.name)) : '';
  return chartFrame(chart, axis, categories, key + bars.join(''));
}
