import { dayOfIso, instantOfLocal, localDayOf } from '@ledger/domain';

/** A time as a record gives it: the instant, and whether only the day was given. */
export interface RecordTime {
  readonly instant: number;
  readonly dateOnly: boolean;
}

const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?秒?)?$/;

/**
 * Reads a time as records write it: ISO-8601 with a zone (`2023-10-09T09:30:00+08:00`), or a local
 * wall time in the company's time zone with `-`, `/`, `.` or 年月日 between the parts
 * (`2023-10-09 09:30`, `2023/10/9 9:30:15`, `2023年10月9日 09:30`); a day alone means its start.
 */
export function parseRecordTime(text: string, timeZone: string): RecordTime | undefined {
  const trimmed = text.trim();
  if (WITH_ZONE.test(trimmed)) {
    const instant = Date.parse(trimmed);
    return Number.isNaN(instant) ? undefined : { instant, dateOnly: false };
  }
  const match = LOCAL.exec(trimmed);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  let dayNumber: number;
  try {
    dayNumber = dayOfIso(iso);
  } catch {
    return undefined;
  }
  if (hour === undefined) return { instant: instantOfLocal(timeZone, dayNumber, 0), dateOnly: true };
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  return { instant: instantOfLocal(timeZone, dayNumber, h * 60 + m) + s * 1000, dateOnly: false };
}

/** Where the local day of `instant` ends: the start of the next one. */
export const endOfLocalDay = (instant: number, timeZone: string): number =>
  instantOfLocal(timeZone, localDayOf(timeZone, instant) + 1, 0);
