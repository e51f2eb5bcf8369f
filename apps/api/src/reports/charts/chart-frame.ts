import { element, textElement, type Attributes } from './svg-element';
import type { ValueAxis } from './value-axis';

/** What every chart says about itself: its element id, title and the names of its axes. */
export interface ChartLabels {
  readonly id: string;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
}

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = WIDTH - 16;
const TOP = 40;
/** The y of the zero line; below it, the category labels and the x axis label. */
export const BASELINE = HEIGHT - 64;

/** The categories share the plot's width equally; a category's marks stand in its slot. */
export const slotWidth = (count: number): number => (RIGHT - LEFT) / count;
export const slotCentre = (index: number, count: number): number => LEFT + (index + 0.5) * slotWidth(count);
export const yOf = (value: number, axis: ValueAxis): number =>
  BASELINE - (value / axis.max) * (BASELINE - TOP);

function root(chart: ChartLabels, state: 'data' | 'empty', content: string): string {
  return element(
    'svg',
    {
      id: chart.id,
      class: 'chart',
      role: 'img',
      'aria-labelledby': `${chart.id}-title`,
      'data-state': state,
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
    },
    textElement('title', { id: `${chart.id}-title` }, chart.title) + content,
  );
}

/** A mark for one value: its shape, with the value as a tooltip, and the value written at `label`. */
export const valueMark = (
  shape: string,
  attributes: Attributes,
  tooltip: string,
  label: { readonly x: number; readonly y: number; readonly text: string },
): string =>
  element(shape, attributes, textElement('title', {}, tooltip)) +
  textElement('text', { class: 'value', x: label.x, y: label.y, 'text-anchor': 'middle' }, label.text);

/** Where a value cannot be measured (nothing handled, nothing rated): said, never drawn as zero. */
export const unmeasured = (x: number): string =>
  textElement('text', { class: 'value none', x, y: BASELINE - 4, 'text-anchor': 'middle' }, 'n/a');

/** A legend in the top margin: one swatch per series, coloured as its marks. */
export function legend(names: readonly string[]): string {
  return names
    .map((name, index) => {
      const x = LEFT + index * 220;
      return (
        element('rect', { class: `swatch series-${index}`, x, y: 12, width: 12, height: 12 }) +
        textElement('text', { class: 'legend', x: x + 18, y: 22 }, name)
      );
    })
    .join('');
}

/**
 * The chart around its marks: value gridlines and tick labels, the zero line, one label per
 * category under its slot, and the names of both axes.
 */
export function chartFrame(
  chart: ChartLabels,
  axis: ValueAxis,
  categories: readonly string[],
  marks: string,
): string {
  const grid = axis.ticks
    .map((tick) => {
      const y = yOf(tick, axis);
      return (
        element('line', { class: 'grid', x1: LEFT, x2: RIGHT, y1: y, y2: y }) +
        textElement('text', { class: 'tick', x: LEFT - 6, y: y + 4, 'text-anchor': 'end' }, axis.format(tick))
      );
    })
    .join('');
  const labels = categories
    .map((category, index) =>
      textElement(
        'text',
        {
          class: 'category',
          x: slotCentre(index, categories.length),
          y: BASELINE + 18,
          'text-anchor': 'middle',
        },
        category,
      ),
    )
    .join('');
  const axes =
    element('line', { class: 'axis', x1: LEFT, x2: RIGHT, y1: BASELINE, y2: BASELINE }) +
    element('line', { class: 'axis', x1: LEFT, x2: LEFT, y1: TOP, y2: BASELINE }) +
    textElement(
      'text',
      { class: 'axis-label', x: (LEFT + RIGHT) / 2, y: HEIGHT - 12, 'text-anchor': 'middle' },
      chart.xLabel,
    ) +
    textElement(
      'text',
      {
        class: 'axis-label',
        x: 0,
        y: 0,
        transform: `translate(16 ${(TOP + BASELINE) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
      },
      chart.yLabel,
    );
  return root(chart, 'data', grid + axes + labels + marks);
}

/** A chart with nothing to draw says so in words, instead of empty axes or a broken drawing. */
export function noDataChart(chart: ChartLabels): string {
  return root(
    chart,
    'empty',
    textElement(
      'text',
      { class: 'no-data', x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle' },
      'No data for this period',
    ),
  );
}
