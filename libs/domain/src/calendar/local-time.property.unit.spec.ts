import fc from 'fast-check';
import { offsetAt, wallClockMs } from './local-time';

/** The offset as Intl gives it for the instant itself, with nothing remembered. */
function intlOffset(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

// Zones with daylight saving, half-hour and quarter-hour offsets, a 30-minute DST shift, and
// Shanghai, whose 1940s summer times and pre-1901 local mean time (+8:05:43) are odd offsets.
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London'];
// Instants near the transitions are where a remembered hour could be wrong; the whole range as well.
const NEAR_TRANSITIONS = [
  '2024-03-10T07:00:00Z',
  '2024-11-03T06:00:00Z',
  '2024-04-06T15:00:00Z',
  '2024-10-05T15:30:00Z',
  '1900-12-31T15:54:17Z',
];

describe('local time offsets, remembered per hour', () => {
  it('are always exactly what Intl says for the instant, near transitions and anywhere', () => {
    const nearTransition = fc
      .tuple(
        fc.constantFrom(...NEAR_TRANSITIONS.map(Date.parse)),
        fc.integer({ min: -7_200_000, max: 7_200_000 }),
      )
      .map(([at, delta]) => at + delta);
    const anywhere = fc.integer({ min: Date.parse('1890-01-01'), max: Date.parse('2060-01-01') });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(nearTransition, anywhere), (zone, instant) => {
        // Asked twice: once to fill the hour, once from what was remembered.
        expect(offsetAt(zone, instant)).toBe(intlOffset(zone, instant));
        expect(wallClockMs(zone, instant)).toBe(instant + intlOffset(zone, instant));
      }),
      { numRuns: 3000 },
    );
  });
});
