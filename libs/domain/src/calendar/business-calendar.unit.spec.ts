import { createBusinessCalendar } from './business-calendar';
import { chinaCalendarConfig } from './china-holidays';
import { dayOfIso, instantOfLocal, wallClockMs } from './local-time';

const HOUR = 3_600_000;
/** A Shanghai wall time (UTC+8 all year, no DST). */
const sh = (wall: string) => new Date(`${wall}:00+08:00`);

describe('business calendar, mainland China (09–12, 13–18 = 8 h a day)', () => {
  const calendar = createBusinessCalendar(chinaCalendarConfig([2023, 2024]));
  const DAY = calendar.workingDayLength();

  it('has an 8-hour working day', () => {
    expect(DAY).toBe(8 * HOUR);
  });

  it('P2, 3 working days from Friday 2024-09-13 17:00, across make-up Sat 14 and Mid-Autumn 15–17', () => {
    // Fri 13: 17–18 = 1 h (23 h left). Sat 14 (make-up day): 8 h (15 h left).
    // Sun 15, Mon 16, Tue 17: off. Wed 18: 8 h (7 h left).
    // Thu 19: 09–12 = 3 h (4 h left), 13:00 + 4 h = 17:00.
    const due = calendar.addWorkingTime(sh('2024-09-13T17:00'), 3 * DAY);
    expect(due).toEqual(sh('2024-09-19T17:00'));
    expect(calendar.workingTimeBetween(sh('2024-09-13T17:00'), due)).toBe(3 * DAY);
  });

  it('P3, 3 working days from Thursday 2024-10-10 10:00, across make-up Saturday 2024-10-12', () => {
    // Thu 10: 10–12 + 13–18 = 7 h (17 h left). Fri 11: 8 h (9 h left). Sat 12 (make-up): 8 h (1 h left).
    // Sun 13 off. Mon 14: 09:00 + 1 h = 10:00.
    expect(calendar.addWorkingTime(sh('2024-10-10T10:00'), 3 * DAY)).toEqual(sh('2024-10-14T10:00'));
  });

  it('3 working days from Thursday 2023-09-28 17:00, across Mid-Autumn/National Day and two make-up days', () => {
    // Thu 28: 1 h (23 h left). Sep 29 – Oct 6 off. Sat Oct 7 and Sun Oct 8 (make-up): 16 h (7 h left).
    // Mon Oct 9: 09–12 = 3 h (4 h left), 13:00 + 4 h = 17:00.
    expect(calendar.addWorkingTime(sh('2023-09-28T17:00'), 3 * DAY)).toEqual(sh('2023-10-09T17:00'));
  });

  it('the working day before National Day 2024 continues on 2024-10-08', () => {
    // Mon Sep 30: 16–18 = 2 h (6 h left). Oct 1–7 off. Tue Oct 8: 09–12 = 3 h, 13:00 + 3 h = 16:00.
    expect(calendar.addWorkingTime(sh('2024-09-30T16:00'), DAY)).toEqual(sh('2024-10-08T16:00'));
    expect(calendar.workingTimeBetween(sh('2024-09-30T18:00'), sh('2024-10-08T09:00'))).toBe(0);
    expect(calendar.workingTimeBetween(sh('2024-09-30T17:00'), sh('2024-10-08T10:00'))).toBe(2 * HOUR);
  });

  it('the first working day after National Day 2024', () => {
    // Tue Oct 8: 17:30–18:00 = 0.5 h (7.5 h left). Wed Oct 9: 09–12 = 3 h (4.5 h left), 13:00 + 4.5 h = 17:30.
    expect(calendar.addWorkingTime(sh('2024-10-08T17:30'), DAY)).toEqual(sh('2024-10-09T17:30'));
    // Starting on a holiday (Mon Oct 7) counts from Tue Oct 8 09:00.
    expect(calendar.addWorkingTime(sh('2024-10-07T15:00'), 4 * HOUR)).toEqual(sh('2024-10-08T14:00'));
  });

  it('a start at 23:00 begins counting the next working morning', () => {
    // Wed 2024-03-13 23:00 → Thu 14 09–12 = 3 h (1 h left), 13:00 + 1 h = 14:00.
    expect(calendar.addWorkingTime(sh('2024-03-13T23:00'), 4 * HOUR)).toEqual(sh('2024-03-14T14:00'));
    expect(calendar.addWorkingTime(sh('2024-03-13T23:00'), 0)).toEqual(sh('2024-03-14T09:00'));
    // Friday night rolls over the weekend to Monday.
    expect(calendar.addWorkingTime(sh('2024-03-15T23:00'), HOUR)).toEqual(sh('2024-03-18T10:00'));
  });

  it('a start at lunch time begins counting at 13:00', () => {
    expect(calendar.addWorkingTime(sh('2024-03-14T12:30'), 2 * HOUR)).toEqual(sh('2024-03-14T15:00'));
    expect(calendar.addWorkingTime(sh('2024-03-14T12:30'), 0)).toEqual(sh('2024-03-14T13:00'));
    expect(calendar.workingTimeBetween(sh('2024-03-14T11:00'), sh('2024-03-14T14:00'))).toBe(2 * HOUR);
  });

  it('a duration that exactly uses up a block ends on the block end, and 0 ms there stays there', () => {
    expect(calendar.addWorkingTime(sh('2024-03-14T09:00'), 3 * HOUR)).toEqual(sh('2024-03-14T12:00'));
    expect(calendar.addWorkingTime(sh('2024-03-14T12:00'), 0)).toEqual(sh('2024-03-14T12:00'));
    expect(calendar.addWorkingTime(sh('2024-03-14T12:00'), 1)).toEqual(
      new Date(sh('2024-03-14T13:00').getTime() + 1),
    );
    expect(calendar.addWorkingTime(sh('2024-03-14T10:15'), 0)).toEqual(sh('2024-03-14T10:15'));
  });

  it('returns 0 working time for an empty or reversed range', () => {
    expect(calendar.workingTimeBetween(sh('2024-03-14T10:00'), sh('2024-03-14T10:00'))).toBe(0);
    expect(calendar.workingTimeBetween(sh('2024-03-14T11:00'), sh('2024-03-14T10:00'))).toBe(0);
  });

  it('rejects negative or non-finite durations and invalid dates', () => {
    expect(() => calendar.addWorkingTime(sh('2024-03-14T10:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(sh('2024-03-14T10:00'), Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(new Date(Number.NaN), 0)).toThrow(RangeError);
  });
});

describe('business calendar configuration', () => {
  it('uses the default hours and weekend', () => {
    const calendar = createBusinessCalendar({ timeZone: 'Europe/Paris' });
    expect(calendar.workingDayLength()).toBe(8 * HOUR);
    expect(calendar.isWorkingDay('2024-03-16')).toBe(false);
    expect(calendar.isWorkingDay('2024-03-18')).toBe(true);
  });

  it('lets a holiday win over a make-up day', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      holidays: ['2024-03-16'],
      workingDays: ['2024-03-16', '2024-03-17'],
    });
    expect(calendar.isWorkingDay('2024-03-16')).toBe(false);
    expect(calendar.isWorkingDay('2024-03-17')).toBe(true);
  });

  it('rejects malformed configuration', () => {
    expect(() => createBusinessCalendar({ timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => createBusinessCalendar({ timeZone: 'UTC', holidays: ['2024-02-30'] })).toThrow(RangeError);
    expect(() =>
      createBusinessCalendar({ timeZone: 'UTC', workingHours: [{ start: '13:00', end: '12:00' }] }),
    ).toThrow(RangeError);
    expect(() =>
      createBusinessCalendar({
        timeZone: 'UTC',
        workingHours: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      }),
    ).toThrow(RangeError);
    expect(() =>
      createBusinessCalendar({ timeZone: 'UTC', workingHours: [{ start: '9:00', end: '18:00' }] }),
    ).toThrow(RangeError);
  });

  it('refuses to count in a calendar without working days instead of looping forever', () => {
    const calendar = createBusinessCalendar({ timeZone: 'UTC', weekend: [0, 1, 2, 3, 4, 5, 6] });
    expect(() => calendar.addWorkingTime(new Date('2024-01-01T00:00:00Z'), 1)).toThrow(RangeError);
  });
});

describe('daylight saving time (America/New_York)', () => {
  const NY = 'America/New_York';
  // Sundays of the 2024 switches are made working days, with a block spanning 01:00–03:00.
  const calendar = createBusinessCalendar({
    timeZone: NY,
    workingHours: [
      { start: '01:00', end: '03:00' },
      { start: '09:00', end: '17:00' },
    ],
    workingDays: ['2024-03-10', '2024-11-03'],
  });

  it('maps a skipped wall time past the gap and a repeated one to its first occurrence', () => {
    const spring = dayOfIso('2024-03-10');
    expect(new Date(instantOfLocal(NY, spring, 150)).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(new Date(instantOfLocal(NY, spring, 9 * 60)).toISOString()).toBe('2024-03-10T13:00:00.000Z');
    const autumn = dayOfIso('2024-11-03');
    expect(new Date(instantOfLocal(NY, autumn, 90)).toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(new Date(instantOfLocal(NY, autumn, 9 * 60)).toISOString()).toBe('2024-11-03T14:00:00.000Z');
  });

  it('reads wall clocks to the millisecond, though Intl only gives seconds', () => {
    expect(wallClockMs(NY, Date.parse('2024-07-01T12:00:00.123Z'))).toBe(
      Date.parse('2024-07-01T08:00:00.123Z'),
    );
    expect(wallClockMs(NY, Date.parse('2024-01-01T12:00:00.987Z'))).toBe(
      Date.parse('2024-01-01T07:00:00.987Z'),
    );
  });

  it('counts the real elapsed time of blocks that cross a switch', () => {
    // 01:00–03:00 lasts 1 h when clocks spring forward and 3 h when they fall back.
    const spring = calendar.workingTimeBetween(
      new Date('2024-03-10T05:00:00Z'),
      new Date('2024-03-11T04:00:00Z'),
    );
    expect(spring).toBe(9 * HOUR);
    const autumn = calendar.workingTimeBetween(
      new Date('2024-11-03T04:00:00Z'),
      new Date('2024-11-04T05:00:00Z'),
    );
    expect(autumn).toBe(11 * HOUR);
    // Sunday 2024-03-10 01:30 EST + 1 h: 0.5 h to 03:00 EDT (= block end), then 09:00 EDT + 0.5 h.
    expect(calendar.addWorkingTime(new Date('2024-03-10T06:30:00Z'), HOUR)).toEqual(
      new Date('2024-03-10T13:30:00Z'),
    );
  });

  it('keeps local working hours across the switch (09:00 is 14:00Z in winter, 13:00Z in summer)', () => {
    // Friday 2024-03-08 16:00 EST + 2 h: 1 h (to 17:00 EST); Sunday 10th is a working day: 01:00 EST + 1 h.
    expect(calendar.addWorkingTime(new Date('2024-03-08T21:00:00Z'), 2 * HOUR)).toEqual(
      new Date('2024-03-10T07:00:00Z'),
    );
    // Friday 2024-03-15 16:00 EDT + 2 h: 1 h, Monday 18th 01:00 EDT + 1 h = 02:00 EDT = 06:00Z.
    expect(calendar.addWorkingTime(new Date('2024-03-15T20:00:00Z'), 2 * HOUR)).toEqual(
      new Date('2024-03-18T06:00:00Z'),
    );
  });
});
