import { axisFor } from './value-axis';

describe('the value axis of a chart', () => {
  it('spans counts with round ticks from zero up to or past the largest', () => {
    expect(axisFor('count', [7, 3])?.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(axisFor('count', [123])?.ticks).toEqual([0, 50, 100, 150]);
    expect(axisFor('count', [1])?.ticks).toEqual([0, 1]);
    expect(axisFor('count', [40])?.max).toBe(40);
  });

  it('never steps below one ticket, even when every count is zero', () => {
    expect(axisFor('count', [0, 0])).toMatchObject({ max: 1, ticks: [0, 1] });
  });

  it('spans rates from 0 to 100 % whatever the values, and writes them as percentages', () => {
    const axis = axisFor('rate', [0.2, null]);
    expect(axis?.ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axis?.format(0.83333)).toBe('83.3%');
    expect(axis?.format(1)).toBe('100%');
  });

  it('has no axis when nothing is measured', () => {
    expect(axisFor('rate', [null, null])).toBeUndefined();
    expect(axisFor('count', [])).toBeUndefined();
  });
});
