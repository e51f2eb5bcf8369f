import type { RepeatOf, Ticket } from '@ledger/domain';

/**
 * Finds the earlier ticket a complaint repeats (same customer, same category or a shared topic,
 * within the window). Answered from the views, so the answer is recorded in the decision's
 * events rather than looked up again on replay.
 */
export interface RepeatComplaintFinder {
  /** `asOf`: the log position the answer must take into account (the ticket's own last event). */
  findEarlier(
    ticket: Ticket,
    classification: { category: string; topics: readonly string[] },
    asOf: bigint,
  ): Promise<RepeatOf | undefined>;
}

export const REPEAT_COMPLAINT_FINDER = Symbol('REPEAT_COMPLAINT_FINDER');
