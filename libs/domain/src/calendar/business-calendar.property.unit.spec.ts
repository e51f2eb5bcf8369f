import fc from 'fast-check';

import { createBusinessCalendar, type BusinessCalendarConfig } from './business-calendar';
import { chinaCalendarConfig } from './china-holidays';

const RUNS = { numRuns: 300 };
const FROM = Date.UTC(2023, 0, 1) - 14 * 3_600_000;
const UNTIL = Date.UTC(2025, 0, 1) + 14 * 3_600_000;

/**
 * Independent oracle: reads the wall clock with its own Intl formatter and checks it against the raw
 * config, sharing no code with the calendar.
 */
function isInWorkingTimeOrOnBlockEnd(config: BusinessCalendarConfig, instant: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: config.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const working =
    !(config.holidays ?? []).includes(day) &&
    ((config.workingDays ?? []).includes(day) || !(config.weekend ?? [0, 6]).includes(weekday));
  if (!working) return false;
  const ms =
    ((Number(get('hour')) * 60 + Number(get('minute'))) * 60 + Number(get('second'))) * 1000 +
    instant.getUTCMilliseconds();
  const toMs = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
  return (config.workingHours ?? []).some(({ start, end }) => ms >= toMs(start) && ms <= toMs(end));
}

const scenarios: ReadonlyArray<readonly [string, BusinessCalendarConfig]> = [
  ['Asia/Shanghai, China 2023–2025', chinaCalendarConfig([2023, 2024, 2025])],
  [
    'America/New_York, custom weekday calendar with working DST Sundays',
    {
      timeZone: 'America/New_York',
      // A night block that straddles the 02:00 switch, so DST days really have odd lengths.
      workingHours: [
        { start: '01:00', end: '03:00' },
        { start: '08:30', end: '12:00' },
        { start: '12:45', end: '17:30' },
      ],
      weekend: [0, 6],
      holidays: ['2023-07-04', '2023-11-23', '2023-12-25', '2024-07-04', '2024-11-28', '2024-12-25'],
      workingDays: ['2023-03-12', '2023-11-05', '2024-03-10', '2024-11-03'],
    },
  ],
];

describe.each(scenarios)('business calendar properties: %s', (_name, config) => {
  const calendar = createBusinessCalendar(config);
  const DAY = calendar.workingDayLength();
  const instant = fc.integer({ min: FROM, max: UNTIL }).map((ms) => new Date(ms));
  const duration = fc.oneof(
    fc.integer({ min: 0, max: 30 * DAY }),
    // Whole hours and days hit block boundaries exactly, where off-by-one errors live.
    fc.integer({ min: 0, max: 30 * 8 }).map((hours) => hours * 3_600_000),
    fc.constant(0),
  );

  it('addWorkingTime is monotonic in the duration', () => {
    fc.assert(
      fc.property(instant, duration, duration, (start, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(calendar.addWorkingTime(start, a).getTime()).toBeLessThanOrEqual(
          calendar.addWorkingTime(start, b).getTime(),
        );
      }),
      RUNS,
    );
  });

  it('addWorkingTime is additive', () => {
    fc.assert(
      fc.property(instant, duration, duration, (start, a, b) => {
        expect(calendar.addWorkingTime(calendar.addWorkingTime(start, a), b)).toEqual(
          calendar.addWorkingTime(start, a + b),
        );
      }),
      RUNS,
    );
  });

  it('workingTimeBetween inverts addWorkingTime, from any start', () => {
    fc.assert(
      fc.property(instant, duration, (start, a) => {
        const end = calendar.addWorkingTime(start, a);
        expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(calendar.workingTimeBetween(start, end)).toBe(a);
        // Time before the next working instant counts for nothing.
        expect(calendar.workingTimeBetween(calendar.addWorkingTime(start, 0), end)).toBe(a);
      }),
      RUNS,
    );
  });

  it('addWorkingTime reaches the earliest instant with that much working time behind it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 * DAY }), (start, a) => {
        const end = calendar.addWorkingTime(start, a);
        expect(calendar.workingTimeBetween(start, new Date(end.getTime() - 1))).toBe(a - 1);
      }),
      RUNS,
    );
  });

  it('workingTimeBetween is additive over a split point', () => {
    fc.assert(
      fc.property(instant, instant, instant, (p, q, r) => {
        const [from, mid, to] = [p, q, r].sort((x, y) => x.getTime() - y.getTime());
        expect(calendar.workingTimeBetween(from, mid) + calendar.workingTimeBetween(mid, to)).toBe(
          calendar.workingTimeBetween(from, to),
        );
      }),
      RUNS,
    );
  });

  it('never lands in a non-working period (a block end counts as landing in working time)', () => {
    fc.assert(
      fc.property(instant, duration, (start, a) => {
        expect(isInWorkingTimeOrOnBlockEnd(config, calendar.addWorkingTime(start, a))).toBe(true);
      }),
      RUNS,
    );
  });

  it('workingTimeBetween never exceeds the elapsed time and counts nothing on non-working days', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 * 86_400_000 }), (from, span) => {
        const to = new Date(from.getTime() + span);
        const worked = calendar.workingTimeBetween(from, to);
        expect(worked).toBeGreaterThanOrEqual(0);
        expect(worked).toBeLessThanOrEqual(span);
      }),
      RUNS,
    );
  });
});
