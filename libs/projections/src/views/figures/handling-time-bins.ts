/**
 * Handling times are counted in bins, so a day's distribution has a bounded size however many
 * tickets it holds: whole minutes below an hour, quarter hours below a day, hours below a week,
 * days beyond. A bin is named by its lower bound in minutes; medians and percentiles are
 * reported as that lower bound, averages from the exact sum.
 */
export function handlingTimeBin(minutes: number): number {
  const bin = (width: number) => Math.floor(minutes / width) * width;
  if (minutes < 60) return Math.max(0, Math.floor(minutes));
  if (minutes < 24 * 60) return bin(15);
  if (minutes < 7 * 24 * 60) return bin(60);
  return bin(24 * 60);
}
