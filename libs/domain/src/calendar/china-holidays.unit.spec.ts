import { createBusinessCalendar } from './business-calendar';
import { chinaCalendarConfig } from './china-holidays';

describe('chinaCalendarConfig', () => {
  const calendar = createBusinessCalendar(chinaCalendarConfig([2023, 2024, 2025]));

  it.each([
    ['2024-01-01', false], // 元旦, Monday
    ['2024-02-04', true], // Sunday, make-up for Spring Festival
    ['2024-02-09', true], // 除夕, Friday: the 2024 notice left it a working day
    ['2024-02-10', false],
    ['2024-02-17', false],
    ['2024-02-18', true], // Sunday, make-up
    ['2024-02-19', true],
    ['2024-04-04', false],
    ['2024-04-06', false], // Saturday inside 清明
    ['2024-04-07', true], // Sunday, make-up
    ['2024-04-28', true], // Sunday, make-up
    ['2024-05-01', false],
    ['2024-05-03', false], // Friday inside 劳动节
    ['2024-05-05', false],
    ['2024-05-06', true],
    ['2024-05-11', true], // Saturday, make-up
    ['2024-06-10', false], // 端午, Monday
    ['2024-09-14', true], // Saturday, make-up
    ['2024-09-16', false], // Monday inside 中秋
    ['2024-09-17', false],
    ['2024-09-29', true], // Sunday, make-up
    ['2024-10-07', false], // Monday, last day of 国庆
    ['2024-10-08', true],
    ['2024-10-12', true], // Saturday, make-up
    ['2024-10-13', false], // an ordinary Sunday
    ['2024-03-08', true], // 国际妇女节 is a half day for part of the population only
    ['2024-05-04', false], // 青年节 is partial, but this Saturday is in the 劳动节 break anyway
    ['2024-08-01', true], // 建军节, Thursday: soldiers only
    ['2023-01-02', false],
    ['2023-01-28', true], // Saturday, make-up
    ['2023-01-29', true], // Sunday, make-up
    ['2023-04-23', true],
    ['2023-05-03', false],
    ['2023-05-06', true],
    ['2023-06-01', true], // 六一儿童节: children only
    ['2023-06-23', false],
    ['2023-06-25', true],
    ['2023-10-06', false],
    ['2023-10-07', true],
    ['2023-10-08', true],
  ])('%s is a working day: %s', (day, expected) => {
    expect(calendar.isWorkingDay(day)).toBe(expected);
  });

  it('falls back to the full-day holidays of date-holidays for a year without an arrangement', () => {
    // 2025 festivals per date-holidays: 元旦 Wed Jan 1, 春节 Jan 28–30, 劳动节 Thu May 1, 国庆 Oct 1–3.
    expect(calendar.isWorkingDay('2025-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-01-29')).toBe(false);
    expect(calendar.isWorkingDay('2025-05-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-10-02')).toBe(false);
    // Partial-day entries are filtered out: 2025-03-08 is a Saturday anyway, so use 建军节 (Friday).
    expect(calendar.isWorkingDay('2025-08-01')).toBe(true);
    // 六一儿童节 starts at midnight but is for children only; 2026-06-01 is a Monday.
    const calendar2026 = createBusinessCalendar(chinaCalendarConfig([2026]));
    expect(calendar2026.isWorkingDay('2026-06-01')).toBe(true);
    expect(calendar2026.isWorkingDay('2026-05-01')).toBe(false);
  });

  it('adds extra holidays and working days, an extra working day overriding a holiday', () => {
    const config = chinaCalendarConfig([2024], {
      holidays: ['2024-12-31'],
      workingDays: ['2024-10-07', '2024-12-28'],
    });
    const custom = createBusinessCalendar(config);
    expect(custom.isWorkingDay('2024-12-31')).toBe(false);
    expect(custom.isWorkingDay('2024-10-07')).toBe(true);
    expect(custom.isWorkingDay('2024-12-28')).toBe(true);
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(custom.workingDayLength()).toBe(8 * 3_600_000);
  });

  it('only includes the years asked for', () => {
    const only2024 = createBusinessCalendar(chinaCalendarConfig([2024]));
    expect(only2024.isWorkingDay('2023-10-02')).toBe(true);
    expect(only2024.isWorkingDay('2023-10-07')).toBe(false);
  });
});
