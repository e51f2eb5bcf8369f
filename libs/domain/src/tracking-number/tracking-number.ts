/**
 * Tracking numbers customers quote: `CRM` + receipt day `YYYYMMDD` in the company's time zone +
 * the day's sequence, zero-padded to at least four digits (`CRM202310010001`).
 */
const PREFIX = 'CRM';
const PATTERN = /^CRM(\d{8})(\d{4,})$/;

export interface TrackingNumberParts {
  /** `YYYYMMDD` */
  readonly day: string;
  /** 1-based sequence within the day. */
  readonly sequence: number;
}

export function formatTrackingNumber({ day, sequence }: TrackingNumberParts): string {
  if (!/^\d{8}$/.test(day)) throw new RangeError(`day must be YYYYMMDD, got ${day}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `${PREFIX}${day}${String(sequence).padStart(4, '0')}`;
}

export function parseTrackingNumber(ticketNo: string): TrackingNumberParts | undefined {
  const match = PATTERN.exec(ticketNo);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  if (sequence < 1 || (match[2].length > 4 && match[2].startsWith('0'))) return undefined;
  return { day: match[1], sequence };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYYMMDD`) an instant falls on in a time zone. */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
