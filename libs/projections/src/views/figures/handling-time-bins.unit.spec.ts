import { handlingTimeBin } from './handling-time-bins';

describe('handlingTimeBin', () => {
  it.each([
    [0, 0],
    [59, 59],
    [60, 60],
    [74, 60],
    [75, 75],
    [1439, 1425],
    [1440, 1440],
    [1499, 1440],
    [1500, 1500],
    [10_079, 10_020],
    [10_080, 10_080],
    [11_519, 10_080],
    [11_520, 11_520],
  ])('puts %i minutes in the bin starting at %i', (minutes, bin) => {
    expect(handlingTimeBin(minutes)).toBe(bin);
  });

  it('keeps every bin at or below its minutes, and no bin wider than a day', () => {
    for (let minutes = 0; minutes < 20_000; minutes += 7) {
      const bin = handlingTimeBin(minutes);
      expect(bin).toBeLessThanOrEqual(minutes);
      expect(minutes - bin).toBeLessThan(1440);
    }
  });
});
