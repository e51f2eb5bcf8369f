import { dayInTimeZone, formatTrackingNumber, isValidTimeZone, parseTrackingNumber } from './tracking-number';

describe('formatTrackingNumber', () => {
  it('is CRM, the day and the sequence padded to four digits', () => {
    expect(formatTrackingNumber({ day: '20231001', sequence: 1 })).toBe('CRM202310010001');
    expect(formatTrackingNumber({ day: '20231001', sequence: 42 })).toBe('CRM202310010042');
    expect(formatTrackingNumber({ day: '20231231', sequence: 9999 })).toBe('CRM202312319999');
  });

  it('grows beyond 9999 instead of wrapping or truncating', () => {
    expect(formatTrackingNumber({ day: '20231001', sequence: 10_000 })).toBe('CRM2023100110000');
    expect(formatTrackingNumber({ day: '20231001', sequence: 1_234_567 })).toBe('CRM202310011234567');
  });

  it.each(['2023101', '202310011', '2023-10-01', 'abcdefgh', ''])('rejects the day %j', (day) => {
    expect(() => formatTrackingNumber({ day, sequence: 1 })).toThrow(RangeError);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('rejects the sequence %p', (sequence) => {
    expect(() => formatTrackingNumber({ day: '20231001', sequence })).toThrow(RangeError);
  });
});

describe('parseTrackingNumber', () => {
  it('splits a number into its day and sequence', () => {
    expect(parseTrackingNumber('CRM202310010001')).toEqual({ day: '20231001', sequence: 1 });
    expect(parseTrackingNumber('CRM202310019999')).toEqual({ day: '20231001', sequence: 9999 });
    expect(parseTrackingNumber('CRM2023100110000')).toEqual({ day: '20231001', sequence: 10_000 });
  });

  it.each([
    { day: '20231001', sequence: 1 },
    { day: '20230930', sequence: 37 },
    { day: '20240229', sequence: 9999 },
    { day: '20240101', sequence: 10_000 },
    { day: '19991231', sequence: 123_456_789 },
  ])('round-trips $day / $sequence', (parts) => {
    const ticketNo = formatTrackingNumber(parts);
    expect(parseTrackingNumber(ticketNo)).toEqual(parts);
    expect(formatTrackingNumber(parseTrackingNumber(ticketNo) ?? { day: '', sequence: 0 })).toBe(ticketNo);
  });

  it.each([
    ['an empty string', ''],
    ['the prefix only', 'CRM'],
    ['a lower-case prefix', 'crm202310010001'],
    ['another prefix', 'CRN202310010001'],
    ['a short sequence', 'CRM20231001001'],
    ['no sequence', 'CRM20231001'],
    ['sequence zero', 'CRM202310010000'],
    ['a padded sequence beyond four digits', 'CRM2023100100001'],
    ['a dashed day', 'CRM2023-10-010001'],
    ['letters in the sequence', 'CRM20231001000A'],
    ['leading whitespace', ' CRM202310010001'],
    ['trailing whitespace', 'CRM202310010001 '],
    ['a trailing newline', 'CRM202310010001\n'],
    ['a sign', 'CRM20231001+0001'],
    ['full-width digits', 'CRM２０２３１００１０００１'],
    ['a sequence beyond nine digits', 'CRM202310011234567890'],
    ['a sequence beyond what a number holds exactly', 'CRM202310019007199254740993'],
    ['a month that does not exist', 'CRM202313010001'],
    ['a day that does not exist', 'CRM202302300001'],
    ['day zero', 'CRM000000000001'],
  ])('rejects %s', (_, ticketNo) => {
    expect(parseTrackingNumber(ticketNo)).toBeUndefined();
  });
});

describe('formatTrackingNumber refusals', () => {
  it('refuses a day that is not on the calendar', () => {
    expect(() => formatTrackingNumber({ day: '20230230', sequence: 1 })).toThrow(RangeError);
  });
});

describe('dayInTimeZone', () => {
  it('puts 2023-09-30T16:30Z on 1 October in Shanghai but 30 September in UTC', () => {
    const instant = new Date('2023-09-30T16:30:00Z');
    expect(dayInTimeZone(instant, 'Asia/Shanghai')).toBe('20231001');
    expect(dayInTimeZone(instant, 'UTC')).toBe('20230930');
  });

  it('changes day at local midnight in Shanghai (UTC+8, no DST)', () => {
    expect(dayInTimeZone(new Date('2023-09-30T15:59:59.999Z'), 'Asia/Shanghai')).toBe('20230930');
    expect(dayInTimeZone(new Date('2023-09-30T16:00:00.000Z'), 'Asia/Shanghai')).toBe('20231001');
  });

  it.each([
    // before the spring-forward switch (2023-03-12, UTC-5) midnight is 05:00Z
    ['2023-03-12T04:59:59Z', '20230311'],
    ['2023-03-12T05:00:00Z', '20230312'],
    // after it (UTC-4) midnight is 04:00Z
    ['2023-03-13T03:59:59Z', '20230312'],
    ['2023-03-13T04:00:00Z', '20230313'],
    // fall back on 2023-11-05: midnight before is 04:00Z, after 05:00Z
    ['2023-11-05T03:59:59Z', '20231104'],
    ['2023-11-05T04:00:00Z', '20231105'],
    ['2023-11-06T04:59:59Z', '20231105'],
    ['2023-11-06T05:00:00Z', '20231106'],
  ])('follows DST in America/New_York: %s is %s', (iso, day) => {
    expect(dayInTimeZone(new Date(iso), 'America/New_York')).toBe(day);
  });

  it('handles year ends and leap days', () => {
    expect(dayInTimeZone(new Date('2023-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('20240101');
    expect(dayInTimeZone(new Date('2024-02-29T12:00:00Z'), 'UTC')).toBe('20240229');
  });

  it('gives the same answer on repeated calls for different zones (cached formats do not mix)', () => {
    const instant = new Date('2023-09-30T16:30:00Z');
    const zones = ['Asia/Shanghai', 'UTC', 'Asia/Shanghai', 'America/New_York', 'UTC'];
    expect(zones.map((zone) => dayInTimeZone(instant, zone))).toEqual([
      '20231001',
      '20230930',
      '20231001',
      '20230930',
      '20230930',
    ]);
  });

  it('feeds formatTrackingNumber with a valid day', () => {
    const day = dayInTimeZone(new Date('2023-09-30T16:30:00Z'), 'Asia/Shanghai');
    expect(formatTrackingNumber({ day, sequence: 1 })).toBe('CRM202310010001');
  });
});

describe('isValidTimeZone', () => {
  it.each(['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['', 'Mars/Olympus_Mons', 'Asia/Shang hai', 'not a zone', 'UTC+25'])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
