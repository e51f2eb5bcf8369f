import { assertTimeZone, dayOfIso, instantOfLocal, localDayOf, weekdayOf } from './local-time';

export interface WorkingBlock {
  /** Local wall time 'HH:MM', inclusive. */
  readonly start: string;
  /** Local wall time 'HH:MM' (up to '24:00'), exclusive. */
  readonly end: string;
}

export interface BusinessCalendarConfig {
  /** IANA zone in which the working hours and days are read. */
  readonly timeZone: string;
  /** Sorted, non-overlapping blocks within one day. */
  readonly workingHours?: readonly WorkingBlock[];
  /** Weekday numbers, 0 = Sunday … 6 = Saturday. */
  readonly weekend?: readonly number[];
  /** 'YYYY-MM-DD' days off; they win over `workingDays`. */
  readonly holidays?: readonly string[];
  /** 'YYYY-MM-DD' days worked even though they fall on a weekend (make-up days, 调休). */
  readonly workingDays?: readonly string[];
}

export interface BusinessCalendar {
  readonly config: Readonly<Required<BusinessCalendarConfig>>;
  isWorkingDay(day: string): boolean;
  /**
   * The instant reached after `ms` of working time counted from `start`.
   * Working time is the union of the CLOSED intervals [block start, block end], so:
   * - ms = 0 returns `start` itself when it lies in a block or exactly on a block end, otherwise the
   *   start of the next working block;
   * - a duration that exhausts a block exactly returns that block's end (e.g. 12:00), not the next
   *   block's start, so that a deadline reads "today 18:00" rather than "tomorrow 09:00".
   * These make add(add(s, a), b) = add(s, a + b) hold for every a, b ≥ 0.
   */
  addWorkingTime(start: Date, ms: number): Date;
  /** Working milliseconds in [from, to); 0 when to ≤ from. */
  workingTimeBetween(from: Date, to: Date): number;
  /** Nominal working ms in a working day (sum of the blocks); DST days may differ. */
  workingDayLength(): number;
}

export const DEFAULT_WORKING_HOURS: readonly WorkingBlock[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
export const DEFAULT_WEEKEND: readonly number[] = [0, 6];

/** A calendar with no working time for this many consecutive days is treated as misconfigured. */
const MAX_IDLE_DAYS = 3660;
const DAY_CACHE_LIMIT = 10_000;

type Period = readonly [start: number, end: number];

const HH_MM = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function minutesOf(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`Not a wall time (HH:MM): ${time}`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

function parseBlocks(blocks: readonly WorkingBlock[]): ReadonlyArray<readonly [number, number]> {
  const parsed = blocks.map((block) => [minutesOf(block.start), minutesOf(block.end)] as const);
  parsed.forEach(([start, end], index) => {
    const previousEnd = index > 0 ? parsed[index - 1][1] : 0;
    if (start >= end || start < previousEnd) {
      throw new RangeError('Working hours must be non-empty, sorted and non-overlapping blocks');
    }
  });
  return parsed;
}

function assertDuration(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Working time must be finite and ≥ 0: ${ms}`);
}

function assertDate(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return time;
}

export function createBusinessCalendar(input: BusinessCalendarConfig): BusinessCalendar {
  assertTimeZone(input.timeZone);
  const config: Readonly<Required<BusinessCalendarConfig>> = Object.freeze({
    timeZone: input.timeZone,
    workingHours: Object.freeze([...(input.workingHours ?? DEFAULT_WORKING_HOURS)]),
    weekend: Object.freeze([...(input.weekend ?? DEFAULT_WEEKEND)]),
    holidays: Object.freeze([...(input.holidays ?? [])]),
    workingDays: Object.freeze([...(input.workingDays ?? [])]),
  });
  const { timeZone } = config;
  const blocks = parseBlocks(config.workingHours);
  const weekend = new Set(config.weekend);
  const holidays = new Set(config.holidays.map(dayOfIso));
  const makeUpDays = new Set(config.workingDays.map(dayOfIso));
  const dayLength = blocks.reduce((sum, [start, end]) => sum + (end - start) * 60_000, 0);

  const isWorkingDayNumber = (day: number): boolean =>
    !holidays.has(day) && (makeUpDays.has(day) || !weekend.has(weekdayOf(day)));

  // Converting wall times costs several Intl calls, and SLA computations revisit the same days.
  const periodCache = new Map<number, readonly Period[]>();
  const periodsOf = (day: number): readonly Period[] => {
    const cached = periodCache.get(day);
    if (cached) return cached;
    const periods: readonly Period[] = isWorkingDayNumber(day)
      ? blocks
          .map(([start, end]): Period => [
            instantOfLocal(timeZone, day, start),
            instantOfLocal(timeZone, day, end),
          ])
          // A block swallowed by a DST gap has no working time that day.
          .filter(([start, end]) => end > start)
      : [];
    if (periodCache.size >= DAY_CACHE_LIMIT) periodCache.clear();
    periodCache.set(day, periods);
    return periods;
  };

  function addWorkingTime(start: Date, ms: number): Date {
    const from = assertDate(start);
    assertDuration(ms);
    let remaining = ms;
    let idleDays = 0;
    for (let day = localDayOf(timeZone, from); ; day++) {
      const periods = periodsOf(day);
      idleDays = periods.length === 0 ? idleDays + 1 : 0;
      if (idleDays > MAX_IDLE_DAYS) throw new RangeError('The calendar has no working time to count');
      for (const [periodStart, periodEnd] of periods) {
        if (periodEnd < from) continue;
        const counted = Math.max(periodStart, from);
        const available = periodEnd - counted;
        if (remaining <= available) return new Date(counted + remaining);
        remaining -= available;
      }
    }
  }

  function workingTimeBetween(from: Date, to: Date): number {
    const start = assertDate(from);
    const end = assertDate(to);
    if (end <= start) return 0;
    let total = 0;
    const lastDay = localDayOf(timeZone, end);
    for (let day = localDayOf(timeZone, start); day <= lastDay; day++) {
      for (const [periodStart, periodEnd] of periodsOf(day)) {
        total += Math.max(0, Math.min(periodEnd, end) - Math.max(periodStart, start));
      }
    }
    return total;
  }

  return Object.freeze({
    config,
    isWorkingDay: (day: string) => isWorkingDayNumber(dayOfIso(day)),
    addWorkingTime,
    workingTimeBetween,
    workingDayLength: () => dayLength,
  });
}
