import {
  chartFrame,
  noDataChart,
  slotCentre,
  unmeasured,
  valueMark,
  yOf,
  type ChartLabels,
} from './chart-frame';
import { coordinate, element } from './svg-element';
import { axisFor, type ValueKind } from './value-axis';

export interface LinePoint {
  readonly label: string;
  /** Null where there is nothing to measure: the line breaks there instead of dropping to zero. */
  readonly value: number | null;
}

export interface LineChart extends ChartLabels {
  readonly kind: ValueKind;
  readonly points: readonly LinePoint[];
}

type Position = { readonly x: number; readonly y: number };

/** Runs of consecutive measured points, each drawn as one unbroken line. */
function runs(positions: readonly (Position | null)[]): Position[][] {
  const found: Position[][] = [[]];
  for (const position of positions) {
    if (position) found[found.length - 1].push(position);
    else if (found[found.length - 1].length) found.push([]);
  }
  return found.filter((run) => run.length > 1);
}

/**
 * Points at the centre of their category's slot, joined by a line, each labelled with its value; an
 * unmeasured point (null) is marked `n/a` and breaks the line.
 */
export function lineChart(chart: LineChart): string {
  const axis = axisFor(
    chart.kind,
    chart.points.map((point) => point.value),
  );
  if (!axis) return noDataChart(chart);
  const count = chart.points.length;
  const positions = chart.points.map(({ value }, index) =>
    value === null ? null : { x: slotCentre(index, count), y: yOf(value, axis) },
  );
  const lines = runs(positions).map((run) =>
    element('polyline', {
      class: 'line',
      points: run.map(({ x, y }) => `${coordinate(x)},${coordinate(y)}`).join(' '),
    }),
  );
  const marks = chart.points.map(({ label, value }, index) => {
    const x = slotCentre(index, count);
    if (value === null) return unmeasured(x);
    const y = yOf(value, axis);
    const text = axis.format(value);
    return valueMark(
      'circle',
      { class: 'point', cx: x, cy: y, r: 4, 'data-value': value },
      `${label}: ${text}`,
      { x, y: y - 8, text },
    );
  });
  return chartFrame(
    chart,
    axis,
    chart.points.map((p) => p.label),
    lines.join('') + marks.join(''),
  );
}
