import type { FeedbackCount } from './problem-events';
import type { Problem } from './problem-state';

const DAY = 86_400_000;
/** The window the effect check compares when none is asked for: a month on either side, or what has elapsed. */
export const DEFAULT_EFFECT_WINDOW_DAYS = 30;

export interface EffectWindows {
  /** When the corrective actions had all taken effect: the latest completion. */
  readonly pivot: string;
  readonly windowDays: number;
  readonly before: { readonly from: string; readonly to: string };
  readonly after: { readonly from: string; readonly to: string };
}

/** Why no effect can be measured yet; the text says what is missing. */
export type EffectNotMeasurable = {
  readonly reason: 'no_action_completed' | 'window_not_elapsed';
  readonly message: string;
};

/**
 * Equal windows before and after the pivot (SPEC §9: feedback count before and after): as many
 * whole days as asked for, which must have elapsed since the pivot, else as many as have, up to
 * a month. Windows are half-open, [from, to).
 */
export function effectWindows(
  problem: Problem,
  now: string,
  requestedDays?: number,
): EffectWindows | EffectNotMeasurable {
  const completed = problem.actions.flatMap((action) => (action.completedAt ? [action.completedAt] : []));
  if (completed.length === 0) {
    return { reason: 'no_action_completed', message: 'no corrective action has been completed yet' };
  }
  const pivot = completed.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
  const elapsed = Math.floor((Date.parse(now) - Date.parse(pivot)) / DAY);
  const windowDays = requestedDays ?? Math.min(DEFAULT_EFFECT_WINDOW_DAYS, elapsed);
  if (windowDays < 1 || windowDays > elapsed) {
    return {
      reason: 'window_not_elapsed',
      message: `the ${Math.max(windowDays, 1)}-day window after the last completed action (${pivot}) has not ended yet: ${elapsed} whole days have passed`,
    };
  }
  const at = (days: number) => new Date(Date.parse(pivot) + days * DAY).toISOString();
  return {
    pivot: new Date(pivot).toISOString(),
    windowDays,
    before: { from: at(-windowDays), to: at(0) },
    after: { from: at(0), to: at(windowDays) },
  };
}

export interface EffectChange {
  /** count / total of each window; null when nothing at all was received. */
  readonly beforeRate: number | null;
  readonly afterRate: number | null;
  /** (after − before) / before of the matching counts; null when there was none before. */
  readonly countChange: number | null;
}

const share = ({ count, total }: FeedbackCount): number | null => (total === 0 ? null : round(count / total));
const round = (value: number): number => Math.round(value * 1000) / 1000;

export function effectChange(before: FeedbackCount, after: FeedbackCount): EffectChange {
  return {
    beforeRate: share(before),
    afterRate: share(after),
    countChange: before.count === 0 ? null : round((after.count - before.count) / before.count),
  };
}

/**
 * The sentence a report gives, as the process documents write them: "feedback on delivery fell
 * 65 % in the 30 days after the corrective actions (20 against 57)".
 */
export function effectSentence(
  subject: string,
  before: FeedbackCount,
  after: FeedbackCount,
  windowDays: number,
): string {
  const { countChange } = effectChange(before, after);
  const counts = `(${after.count} against ${before.count})`;
  const span = `in the ${windowDays} days after the corrective actions`;
  if (countChange === null) return `${subject}: none before the corrective actions, ${after.count} ${span}`;
  if (countChange === 0) return `${subject} stayed level ${span} ${counts}`;
  const percent = Math.round(Math.abs(countChange) * 100);
  return `${subject} ${countChange < 0 ? 'fell' : 'rose'} ${percent} % ${span} ${counts}`;
}

/** What the problem's feedback is about, for sentences: its topics, else its category. */
export const effectSubject = (problem: Pick<Problem, 'topics' | 'category'>): string =>
  problem.topics.length > 0
    ? `feedback on ${problem.topics.join(', ')}`
    : `${problem.category ?? 'matching'} feedback`;
