import { createBusinessCalendar } from './business-calendar';
import { chinaCalendarConfig } from './china-holidays';

describe('chinaCalendarConfig', () => {
  const calendar = createBusinessCalendar(chinaCalendarConfig([2023, 2024, 2025, 2026, 2027]));

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
    ['2025-01-26', true], // Sunday, make-up
    ['2025-02-04', false], // Tuesday, 正月初七: the eight-day Spring Festival of the 2025 rules
    ['2025-02-08', true], // Saturday, make-up
    ['2025-05-05', false],
    ['2025-10-08', false], // Wednesday: 国庆 and 中秋 together, eight days
    ['2025-10-11', true], // Saturday, make-up
    ['2026-01-02', false], // Friday inside 元旦
    ['2026-01-04', true], // Sunday, make-up
    ['2026-02-14', true], // Saturday, make-up
    ['2026-02-23', false], // Monday, 正月初七
    ['2026-02-28', true], // Saturday, make-up
    ['2026-05-09', true], // Saturday, make-up
    ['2026-06-19', false], // 端午, Friday
    ['2026-09-25', false], // 中秋, Friday
    ['2026-10-07', false],
    ['2026-10-10', true], // Saturday, make-up
  ])('%s is a working day: %s', (day, expected) => {
    expect(calendar.isWorkingDay(day)).toBe(expected);
  });

  it('falls back to the full-day holidays of date-holidays for a year without an arrangement', () => {
    // 2027 has no notice yet; date-holidays lists 元旦 (Fri Jan 1), 清明 (Mon Apr 5), 端午 (Wed Jun 9).
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-04-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-06-09')).toBe(false);
    // Partial-day entries are left out: 国际妇女节 (Mon Mar 8), 六一儿童节 (Tue Jun 1).
    expect(calendar.isWorkingDay('2027-03-08')).toBe(true);
    expect(calendar.isWorkingDay('2027-06-01')).toBe(true);
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
