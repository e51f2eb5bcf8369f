import { isoDayOf, localDayOf } from '../calendar/local-time';

/**
 * Tracking numbers customers quote: `CRM` + receipt day `YYYYMMDD` in the company's time zone +
 * the day's sequence, zero-padded to at least four digits (`CRM202310010001`).
 */
const PREFIX = 'CRM';
/** Up to nine digits of sequence: a billion tickets a day is more than any company receives. */
const PATTERN = /^CRM(\d{8})(\d{4,9})$/;

export interface TrackingNumberParts {
  /** `YYYYMMDD` */
  readonly day: string;
  /** 1-based sequence within the day. */
  readonly sequence: number;
}

export function formatTrackingNumber({ day, sequence }: TrackingNumberParts): string {
  if (!isCalendarDay(day)) throw new RangeError(`day must be a calendar day YYYYMMDD, got ${day}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `${PREFIX}${day}${String(sequence).padStart(4, '0')}`;
}

export function parseTrackingNumber(ticketNo: string): TrackingNumberParts | undefined {
  const match = PATTERN.exec(ticketNo);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  if (sequence < 1 || (match[2].length > 4 && match[2].startsWith('0'))) return undefined;
  return isCalendarDay(match[1]) ? { day: match[1], sequence } : undefined;
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{8}$/.test(day)) return false;
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(4, 6)), Number(day.slice(6, 8))];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return year >= 1970 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/**
 * Every UTC offset in use is a whole number of quarter hours, so all instants in the same UTC
 * quarter hour fall on the same local day: the answer can be remembered per quarter hour.
 */
const QUARTER_HOUR = 900_000;
const knownDays = new Map<string, string>();

/** The calendar day (`YYYYMMDD`) an instant falls on in a time zone. */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  const key = `${timeZone} ${Math.floor(instant.getTime() / QUARTER_HOUR)}`;
  let day = knownDays.get(key);
  if (day === undefined) {
    if (knownDays.size >= 100_000) knownDays.clear();
    day = formatDay(instant, timeZone);
    knownDays.set(key, day);
  }
  return day;
}

function formatDay(instant: Date, timeZone: string): string {
  return isoDayOf(localDayOf(timeZone, instant.getTime())).replace(/-/g, '');
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
