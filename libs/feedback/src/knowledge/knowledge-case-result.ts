import type { KnowledgeCase } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import { earlierCommandEvent } from '../aggregate-stream';
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

/** The answer a command carried out before got, if this command id was (see earlierCommandEvent). */
export function previousCaseOutcome(
  events: readonly RecordedEvent[],
  context: CommandContext,
): KnowledgeCaseResult | undefined {
  const last = earlierCommandEvent(events, context);
  if (last === undefined) return undefined;
  const state = foldKnowledgeCase(events.slice(0, last + 1));
  return state && caseResultOf(state, events[last].position);
}
