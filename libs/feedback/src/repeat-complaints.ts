import type { RepeatOf, Ticket } from '@ledger/domain';

/**
 * Finds the earlier ticket a complaint repeats (same customer, same category or a shared topic,
 * within the window). Answered from the views, so the answer is recorded in the decision's
 * events rather than looked up again on replay.
 */
export interface RepeatComplaintFinder {
  findEarlier(
    ticket: Ticket,
    classification: { category: string; topics: readonly string[] },
  ): Promise<RepeatOf | undefined>;
}

export const REPEAT_COMPLAINT_FINDER = Symbol('REPEAT_COMPLAINT_FINDER');
