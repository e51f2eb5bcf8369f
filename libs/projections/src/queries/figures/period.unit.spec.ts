import { daysBetween, daysOfIsoWeek, daysOfMonth, periodOf } from './period';

describe('periods', () => {
  it.each([
    ['2023-10-02', '2023-W40'],
    ['2023-10-08', '2023-W40'],
    ['2023-10-09', '2023-W41'],
    ['2023-01-01', '2022-W52'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
  ])('puts %s in ISO week %s', (day, week) => {
    expect(periodOf(day, 'week')).toBe(week);
  });

  it('labels days and months', () => {
    expect(periodOf('2023-10-31', 'day')).toBe('2023-10-31');
    expect(periodOf('2023-10-31', 'month')).toBe('2023-10');
  });

  it('gives the days of a week and of a month', () => {
    expect(daysOfIsoWeek('2023-W40')).toEqual({ from: '2023-10-02', to: '2023-10-08' });
    expect(daysOfIsoWeek('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(daysOfMonth('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(daysOfMonth('2023-12')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('lists the days of a range, across a month and a year end', () => {
    expect(daysBetween('2023-12-30', '2024-01-02')).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(daysBetween('2024-02-01', '2024-02-29')).toHaveLength(29);
    expect(daysBetween('2023-10-02', '2023-10-02')).toEqual(['2023-10-02']);
    expect(daysBetween('2023-10-03', '2023-10-02')).toEqual([]);
  });

  it('agrees with itself: every day of a week label maps back to that label', () => {
    for (let week = 1; week <= 52; week++) {
      const label = `2023-W${String(week).padStart(2, '0')}`;
      const { from, to } = daysOfIsoWeek(label);
      expect([periodOf(from, 'week'), periodOf(to, 'week')]).toEqual([label, label]);
    }
  });
});
