/**
 * Wall-clock ↔ instant conversions for an IANA time zone, built on Intl only (no date library).
 *
 * Local calendar days are represented as "day numbers": whole days since 1970-01-01 of the local
 * date, so day arithmetic is plain integer arithmetic and never crosses an offset change.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what a bad config deserves.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The local wall time of `instant`, expressed as if it were UTC milliseconds. */
export function wallClockMs(timeZone: string, instant: number): number {
  return instant + offsetAt(timeZone, instant);
}

/** The wall time Intl reads for `instant`: exact, and slow enough to be worth caching. */
function intlWallClockMs(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  // Intl has second precision; the sub-second remainder is the same in every zone.
  const subSecond = ((instant % 1000) + 1000) % 1000;
  return (
    Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) + subSecond
  );
}

const HOUR_MS = 3_600_000;
/** Hours remembered per zone: years of hours; past it the cache starts afresh. */
const MAX_CACHED_HOURS = 200_000;
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * UTC offset in ms (local − UTC) in force at `instant`. Offsets change a few times a year at most,
 * so each UTC hour's is remembered once Intl gave the same offset at both its ends; an hour with a
 * change inside is asked of Intl every time, so the answer is always exactly Intl's.
 */
export function offsetAt(timeZone: string, instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let zone = offsetsByHour.get(timeZone);
  const cached = zone?.get(hour);
  if (cached !== undefined) return cached;
  const start = hour * HOUR_MS;
  const atStart = intlWallClockMs(timeZone, start) - start;
  const atEnd = intlWallClockMs(timeZone, start + HOUR_MS - 1000) - (start + HOUR_MS - 1000);
  if (atStart !== atEnd) return intlWallClockMs(timeZone, instant) - instant;
  if (!zone || zone.size >= MAX_CACHED_HOURS) {
    zone = new Map();
    offsetsByHour.set(timeZone, zone);
  }
  zone.set(hour, atStart);
  return atStart;
}

export function localDayOf(timeZone: string, instant: number): number {
  return Math.floor(wallClockMs(timeZone, instant) / DAY_MS);
}

/**
 * The instant at which the clocks in `timeZone` show `minutes` past midnight of local day `day`
 * (minutes may be 1440 for the next midnight).
 *
 * DST choice (the same as Temporal's 'compatible' disambiguation, and what most people expect):
 * - a repeated wall time (clocks turned back) resolves to the EARLIER of the two instants;
 * - a skipped wall time (clocks turned forward) resolves to the instant the same distance past the
 *   gap, e.g. 02:30 on a New York spring-forward day is 03:30 EDT.
 */
export function instantOfLocal(timeZone: string, day: number, minutes: number): number {
  const wall = day * DAY_MS + minutes * 60_000;
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only candidates.
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const candidates = [wall - before, wall - after].filter(
    (instant) => wallClockMs(timeZone, instant) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of 'YYYY-MM-DD'; throws RangeError on anything that is not a real calendar day. */
export function dayOfIso(iso: string): number {
  const match = ISO_DAY.exec(iso);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || isoDayOf(ms / DAY_MS) !== iso) throw new RangeError(`Not an ISO day (YYYY-MM-DD): ${iso}`);
  return ms / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
