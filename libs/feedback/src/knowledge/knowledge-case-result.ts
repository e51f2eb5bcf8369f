import type { KnowledgeCase } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import { IdempotencyKeyReusedError } from '../errors/feedback-errors';
import { foldKnowledgeCase } from './knowledge-stream';

/** What a knowledge command answers: the case as it now stands, and where the log is. */
export interface KnowledgeCaseResult extends KnowledgeCase {
  /** Global log position of the case's last event: a view query can wait until it has caught up. */
  readonly position: string;
}

export const caseResultOf = (state: KnowledgeCase, position: bigint): KnowledgeCaseResult => ({
  ...state,
  position: position.toString(),
});

/**
 * When the case's stream already holds the events of this command id, the command was carried
 * out before: answer as it was answered then. The same id with another request is a reused key.
 */
export function previousCaseOutcome(
  events: readonly RecordedEvent[],
  context: CommandContext,
): KnowledgeCaseResult | undefined {
  const last = events.findLastIndex((event) => event.metadata.commandId === context.commandId);
  if (last < 0) return undefined;
  if (events[last].metadata.requestHash !== context.requestHash) {
    throw new IdempotencyKeyReusedError(context.commandId);
  }
  const state = foldKnowledgeCase(events.slice(0, last + 1));
  return state && caseResultOf(state, events[last].position);
}
