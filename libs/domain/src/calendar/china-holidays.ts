import Holidays from 'date-holidays';

import { DEFAULT_WORKING_HOURS, DEFAULT_WEEKEND, type BusinessCalendarConfig } from './business-calendar';
import { dayOfIso, isoDayOf } from './local-time';

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

interface YearArrangement {
  /** Inclusive ranges [first, last] of days off. */
  readonly off: ReadonlyArray<readonly [string, string]>;
  /** Make-up working days (调休上班), usually weekends. */
  readonly workingDays: readonly string[];
}

/**
 * The State Council's notices (国务院办公厅关于某年部分节假日安排的通知). date-holidays knows the
 * statutory festival days but not the bridging days off nor the make-up working days, which are
 * decided year by year; a year missing here falls back to date-holidays alone.
 */
export const CHINA_OFFICIAL_ARRANGEMENTS: Readonly<Record<number, YearArrangement>> = {
  2023: {
    off: [
      ['2023-01-01', '2023-01-02'],
      ['2023-01-21', '2023-01-27'],
      ['2023-04-05', '2023-04-05'],
      ['2023-04-29', '2023-05-03'],
      ['2023-06-22', '2023-06-24'],
      ['2023-09-29', '2023-10-06'],
    ],
    workingDays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  2024: {
    off: [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-10', '2024-02-17'],
      ['2024-04-04', '2024-04-06'],
      ['2024-05-01', '2024-05-05'],
      ['2024-06-10', '2024-06-10'],
      ['2024-09-15', '2024-09-17'],
      ['2024-10-01', '2024-10-07'],
    ],
    workingDays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  // From 2025 the revised 全国年节及纪念日放假办法 adds a day each to the Spring Festival and Labour Day.
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    workingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    workingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

function expand([first, last]: readonly [string, string]): string[] {
  const days: string[] = [];
  for (let day = dayOfIso(first); day <= dayOfIso(last); day++) days.push(isoDayOf(day));
  return days;
}

// date-holidays takes hundreds of milliseconds to load its rules, so each year is computed once.
const statutoryByYear = new Map<number, readonly string[]>();
let chinaHolidays: Holidays | undefined;

/**
 * Full-day statutory holidays from date-holidays. Its CN data also lists half-day holidays for part
 * of the population (国际妇女节, 青年节 from 12:00; 六一儿童节 for children; 建军节 for soldiers):
 * those carry a `note` naming the group (missing from the package's typings, hence the `in` test) or
 * do not start at local midnight, and are not days off for a support team.
 */
function statutoryHolidays(year: number): readonly string[] {
  const known = statutoryByYear.get(year);
  if (known) return known;
  chinaHolidays ??= new Holidays('CN');
  const days = chinaHolidays
    .getHolidays(year)
    .filter(
      (holiday) => holiday.type === 'public' && !('note' in holiday) && holiday.date.includes(' 00:00:00'),
    )
    .map((holiday) => holiday.date.slice(0, 10));
  statutoryByYear.set(year, days);
  return days;
}

/**
 * Mainland China calendar for `years`, plus `extra` company-specific days (an extra working day
 * overrides a holiday).
 *
 * For a year with an official arrangement, that notice is the whole truth and date-holidays is not
 * consulted: the notice is the legal source, and date-holidays' generic rules disagree with it
 * (it marks 除夕 2024-02-09 as a holiday, which the 2024 notice left a working Friday).
 */
export function chinaCalendarConfig(
  years: readonly number[],
  extra: { readonly holidays?: readonly string[]; readonly workingDays?: readonly string[] } = {},
): BusinessCalendarConfig {
  const holidays = new Set<string>();
  const workingDays = new Set<string>();
  for (const year of years) {
    const arrangement = CHINA_OFFICIAL_ARRANGEMENTS[year];
    if (arrangement) {
      arrangement.off.flatMap(expand).forEach((day) => holidays.add(day));
      arrangement.workingDays.forEach((day) => workingDays.add(day));
    } else {
      statutoryHolidays(year).forEach((day) => holidays.add(day));
    }
  }
  // A holiday beats a make-up day in the calendar, so an explicit extra working day must also
  // withdraw the day from the holidays or it would have no effect on a statutory holiday.
  extra.holidays?.forEach((day) => holidays.add(day));
  extra.workingDays?.forEach((day) => {
    workingDays.add(day);
    holidays.delete(day);
  });
  return {
    timeZone: CHINA_TIME_ZONE,
    workingHours: DEFAULT_WORKING_HOURS,
    weekend: DEFAULT_WEEKEND,
    holidays: [...holidays].sort(),
    workingDays: [...workingDays].sort(),
  };
}
