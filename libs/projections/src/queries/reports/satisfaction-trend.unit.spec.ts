import type { SatisfactionRow } from '../figures/figure-reports.query';
import { satisfactionTrend } from './satisfaction-trend';

const row = (period: string, satisfied: number, dissatisfied: number, value = 'all'): SatisfactionRow => ({
  period,
  value,
  rated: satisfied + dissatisfied,
  satisfied,
  basically_satisfied: 0,
  dissatisfied,
  rate: satisfied / (satisfied + dissatisfied),
  averageScore: 4,
});

describe('the satisfaction trend of a report', () => {
  it('has a point for every day of a week, the days without ratings empty rather than missing', () => {
    const trend = satisfactionTrend('2023-10-02', '2023-10-08', 'day', [
      row('2023-10-03', 3, 1),
      row('2023-10-06', 1, 1),
    ]);
    expect(trend.map((point) => [point.period, point.rated, point.rate])).toEqual([
      ['2023-10-02', 0, null],
      ['2023-10-03', 4, 0.75],
      ['2023-10-04', 0, null],
      ['2023-10-05', 0, null],
      ['2023-10-06', 2, 0.5],
      ['2023-10-07', 0, null],
      ['2023-10-08', 0, null],
    ]);
    expect(trend[1]).toEqual({
      period: '2023-10-03',
      from: '2023-10-03',
      to: '2023-10-03',
      rated: 4,
      satisfied: 3,
      basically_satisfied: 0,
      dissatisfied: 1,
      rate: 0.75,
      averageScore: 4,
    });
    expect(trend[0].averageScore).toBeNull();
  });

  it('steps through a month by ISO week, cutting the first and last week at the month’s edges', () => {
    const trend = satisfactionTrend('2023-10-01', '2023-10-31', 'week', [
      row('2023-W39', 1, 0),
      row('2023-W41', 2, 2),
      row('2023-W44', 0, 1),
    ]);
    expect(trend.map(({ period, from, to, rated }) => [period, from, to, rated])).toEqual([
      ['2023-W39', '2023-10-01', '2023-10-01', 1],
      ['2023-W40', '2023-10-02', '2023-10-08', 0],
      ['2023-W41', '2023-10-09', '2023-10-15', 4],
      ['2023-W42', '2023-10-16', '2023-10-22', 0],
      ['2023-W43', '2023-10-23', '2023-10-29', 0],
      ['2023-W44', '2023-10-30', '2023-10-31', 1],
    ]);
  });

  it('reads only the rows of all ratings, never those of a dimension’s value', () => {
    const trend = satisfactionTrend('2023-10-02', '2023-10-02', 'day', [row('2023-10-02', 5, 0, 'P1')]);
    expect(trend).toEqual([expect.objectContaining({ period: '2023-10-02', rated: 0, rate: null })]);
  });
});
