import type { BusinessCalendar } from '../calendar/business-calendar';
import type { SlaPause } from '../feedback/sla-track';
import type { SlaDuration } from './sla-policy';

const HOUR = 3_600_000;

/** How one duration's time passes: wall-clock milliseconds, or the calendar's working time. */
interface Measure {
  readonly ms: number;
  add(from: number, ms: number): number;
  between(from: number, to: number): number;
}

export function measureOf(duration: SlaDuration, calendar: BusinessCalendar): Measure {
  if (duration.unit === 'calendar_hours') {
    return {
      ms: duration.amount * HOUR,
      add: (from, ms) => from + ms,
      between: (from, to) => Math.max(0, to - from),
    };
  }
  const unitMs = duration.unit === 'working_hours' ? HOUR : calendar.workingDayLength();
  return {
    ms: duration.amount * unitMs,
    add: (from, ms) => calendar.addWorkingTime(new Date(from), ms).getTime(),
    between: (from, to) => calendar.workingTimeBetween(new Date(from), new Date(to)),
  };
}

/**
 * The instant at which `share` of `duration` has run from `start`, the clock standing still during
 * `pauses`; undefined when that instant falls inside a pause that has not ended (the time is
 * unknown until it does). Pauses are in order and do not overlap.
 */
export function instantAfter(
  start: string,
  duration: SlaDuration,
  calendar: BusinessCalendar,
  pauses: readonly SlaPause[] = [],
  share = 1,
): string | undefined {
  const measure = measureOf(duration, calendar);
  let from = Date.parse(start);
  let remaining = measure.ms * share;
  for (const pause of pauses) {
    const pauseStart = Date.parse(pause.from);
    const pauseEnd = pause.to === undefined ? undefined : Date.parse(pause.to);
    if (pauseEnd !== undefined && pauseEnd <= from) continue;
    const running = measure.between(from, pauseStart);
    if (running >= remaining) break;
    remaining -= running;
    if (pauseEnd === undefined) return undefined;
    from = Math.max(from, pauseEnd);
  }
  return new Date(measure.add(from, remaining)).toISOString();
}
