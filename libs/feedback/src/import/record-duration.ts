const MINUTE = 60_000;
const UNIT_MS: Readonly<Record<string, number>> = {
  d: 1440 * MINUTE,
  day: 1440 * MINUTE,
  days: 1440 * MINUTE,
  天: 1440 * MINUTE,
  日: 1440 * MINUTE,
  h: 60 * MINUTE,
  hr: 60 * MINUTE,
  hrs: 60 * MINUTE,
  hour: 60 * MINUTE,
  hours: 60 * MINUTE,
  小时: 60 * MINUTE,
  个小时: 60 * MINUTE,
  时: 60 * MINUTE,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  分钟: MINUTE,
  分: MINUTE,
};

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const NUMBER = /^\d+(?:\.\d+)?$/;
const PART = /(\d+(?:\.\d+)?)\s*([a-z]+|[\u4e00-\u9fff]+)\s*/giy;

/**
 * Reads a handling time in milliseconds: ISO-8601 (`PT36H`, `P1DT4H`), amounts with units in
 * English or Chinese (`36h`, `1d 4h`, `90 minutes`, `1天4小时`, `2.5小时`, `30分钟`), or a plain
 * number of hours. A day is 24 hours: the records count elapsed time, not working time.
 */
export function parseRecordDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed) * 60 * MINUTE;
  const iso = ISO_DURATION.exec(trimmed);
  if (iso) {
    if (!iso.slice(1).some((part) => part !== undefined)) return undefined;
    const [days, hours, minutes, seconds] = iso.slice(1).map((part) => Number(part ?? 0));
    return ((days * 24 + hours) * 60 + minutes) * MINUTE + seconds * 1000;
  }
  let total = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let part = PART.exec(trimmed); part; part = PART.exec(trimmed)) {
    const unit = UNIT_MS[part[2].toLowerCase()];
    if (unit === undefined) return undefined;
    total += Number(part[1]) * unit;
    end = PART.lastIndex;
  }
  return end > 0 && end === trimmed.length ? Math.round(total) : undefined;
}
