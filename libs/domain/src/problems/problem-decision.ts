import type { Refusal, RefusalKind } from '../feedback/feedback-refusal';
import { LIMITS } from '../feedback/feedback-vocabulary';
import { textLength } from '../feedback/text-length';
import type { ProblemEvent } from './problem-events';

/** What the problem decider answers: the events that follow, or the rule that refuses the command. */
export type ProblemDecision =
  | { readonly ok: true; readonly events: readonly ProblemEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

export const acceptProblem = (...events: ProblemEvent[]): ProblemDecision => ({ ok: true, events });

export const refuseProblem = (rule: string, kind: RefusalKind, message: string): ProblemDecision => ({
  ok: false,
  refusal: { rule, kind, message },
});

/** Problem texts are bounded like ticket texts, so that views and exports treat both alike. */
export const PROBLEM_TEXT_LIMITS = {
  title: LIMITS.shortText,
  description: LIMITS.content,
  findings: LIMITS.note,
  cause: LIMITS.reason,
  action: LIMITS.note,
  name: LIMITS.name,
  outcome: LIMITS.note,
  note: LIMITS.note,
  reason: LIMITS.reason,
} as const;

/** Refuses a blank text as `<Field>Required` and an overlong one as `<Field>TooLong`. */
export function requiredText(field: string, text: string, limit: number): ProblemDecision | undefined {
  if (!text.trim()) {
    return refuseProblem(`${field}Required`, 'rule_violated', `${label(field)} must not be blank`);
  }
  return optionalText(field, text, limit);
}

/** Refuses an overlong text as `<Field>TooLong`; an absent one passes. */
export function optionalText(
  field: string,
  text: string | undefined,
  limit: number,
): ProblemDecision | undefined {
  if (text === undefined || textLength(text) <= limit) return undefined;
  return refuseProblem(
    `${field}TooLong`,
    'rule_violated',
    `${label(field)} must be at most ${limit} characters`,
  );
}

/** `OwnerDepartment` → `owner department`, for messages. */
const label = (field: string): string => field.replace(/(?!^)([A-Z])/g, ' $1').toLowerCase();

/** The first refusal among the checks, in order; undefined when all pass. */
export const firstRefusal = (
  ...checks: readonly (ProblemDecision | undefined)[]
): ProblemDecision | undefined => checks.find((check) => check !== undefined);
