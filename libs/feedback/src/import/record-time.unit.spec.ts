import { endOfLocalDay, parseRecordTime } from './record-time';
import { parseRecordDuration } from './record-duration';

const SHANGHAI = 'Asia/Shanghai';
const at = (text: string, timeZone = SHANGHAI) => {
  const time = parseRecordTime(text, timeZone);
  return time && { iso: new Date(time.instant).toISOString(), dateOnly: time.dateOnly };
};

describe('times in a record', () => {
  it('reads local wall times in the company time zone, in the ways records write them', () => {
    const expected = { iso: '2023-10-09T01:30:00.000Z', dateOnly: false };
    for (const text of ['2023-10-09 09:30', '2023/10/9 9:30', '2023.10.09T09:30:00', '2023年10月9日 09:30']) {
      expect(at(text)).toEqual(expected);
    }
    expect(at('2023-10-09 09:30:15')?.iso).toBe('2023-10-09T01:30:15.000Z');
    expect(at('2023-10-09 09:30', 'UTC')?.iso).toBe('2023-10-09T09:30:00.000Z');
  });

  it('takes a zone when one is given, and a day alone as its local start', () => {
    expect(at('2023-10-09T09:30:00+02:00')).toEqual({ iso: '2023-10-09T07:30:00.000Z', dateOnly: false });
    expect(at('2023-10-09T01:30Z')?.iso).toBe('2023-10-09T01:30:00.000Z');
    expect(at('2023-10-12')).toEqual({ iso: '2023-10-11T16:00:00.000Z', dateOnly: true });
    expect(at('2023年10月12日')?.dateOnly).toBe(true);
  });

  it('refuses what is not a real time', () => {
    for (const text of [
      '2023-10-11 25:00',
      '2023-02-30',
      '2023-10-09 09:60',
      'yesterday',
      '10/09/2023',
      '',
    ]) {
      expect(at(text)).toBeUndefined();
    }
  });

  it('ends a local day at the start of the next', () => {
    const start = parseRecordTime('2023-10-31', SHANGHAI)?.instant ?? NaN;
    expect(new Date(endOfLocalDay(start, SHANGHAI)).toISOString()).toBe('2023-10-31T16:00:00.000Z');
  });
});

describe('handling times in a record', () => {
  const HOUR = 3_600_000;

  it('reads amounts with English or Chinese units, ISO-8601, and plain numbers as hours', () => {
    expect(parseRecordDuration('26小时')).toBe(26 * HOUR);
    expect(parseRecordDuration('1天4小时')).toBe(28 * HOUR);
    expect(parseRecordDuration('3个小时')).toBe(3 * HOUR);
    expect(parseRecordDuration('90分钟')).toBe(1.5 * HOUR);
    expect(parseRecordDuration('1d 4h')).toBe(28 * HOUR);
    expect(parseRecordDuration('2.5 hours')).toBe(2.5 * HOUR);
    expect(parseRecordDuration('45 min')).toBe(0.75 * HOUR);
    expect(parseRecordDuration('PT36H')).toBe(36 * HOUR);
    expect(parseRecordDuration('P1DT4H30M')).toBe(28.5 * HOUR);
    expect(parseRecordDuration('26')).toBe(26 * HOUR);
    expect(parseRecordDuration('0')).toBe(0);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['soon', '3 weeks', '3天左右', '-2h', 'P', 'PT', '4h extra', '']) {
      expect(parseRecordDuration(text)).toBeUndefined();
    }
  });
});
