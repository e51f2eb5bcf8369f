import type { Category, FeedbackCount } from '@ledger/domain';

/** Which feedback shows a problem: any of its topics, else its category. */
export interface ProblemMatch {
  readonly category?: Category;
  readonly topics: readonly string[];
}

/**
 * Counts the feedback received in a window, matching and in all, for the effect check (SPEC §9).
 * Answered from the views, and recorded in the evaluation's event so a replay needs no recount.
 */
export interface FeedbackCounts {
  count(match: ProblemMatch, window: { readonly from: string; readonly to: string }): Promise<FeedbackCount>;
}

export const FEEDBACK_COUNTS = Symbol('FEEDBACK_COUNTS');
