import {
  decideKnowledgeCase,
  evolveKnowledgeCase,
  knowledgeStreamId,
  type ReviseCase,
  type WithdrawCase,
} from '@ledger/domain';
import { WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import type { Clock } from '../clock';
import { toNewEvents, type CommandContext } from '../command-context';
import { CommandRefusedError } from '../errors/feedback-errors';
import { KnowledgeCaseConflictError, KnowledgeCaseNotFoundError } from '../errors/knowledge-errors';
import { caseResultOf, previousCaseOutcome, type KnowledgeCaseResult } from './knowledge-case-result';
import { loadKnowledgeCase } from './knowledge-stream';

const MAX_ATTEMPTS = 5;

/** A command on a published case, as a client sends it: the handler adds who (`by`) and when (`at`). */
export type CaseChange = Omit<ReviseCase, 'by' | 'at'> | Omit<WithdrawCase, 'by' | 'at'>;

/**
 * Load the case's stream, decide, append at the revision it was read at; when another writer got
 * there first, read again and decide again, unless the client pinned the case's revision
 * (If-Match), which is then checked against the case as it now stands.
 */
export async function changeKnowledgeCase(
  store: EventStore,
  clock: Clock,
  caseId: string,
  change: CaseChange,
  context: CommandContext,
): Promise<KnowledgeCaseResult> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadKnowledgeCase(store, caseId);
    if (!loaded.state) throw new KnowledgeCaseNotFoundError(caseId);
    const previous = previousCaseOutcome(loaded.events, context);
    if (previous) return previous;
    const pinned = context.expectedRevision;
    if (pinned !== undefined && pinned !== loaded.state.revision) {
      throw new KnowledgeCaseConflictError(caseId, pinned, loaded.state.revision);
    }
    const stamped: ReviseCase | WithdrawCase = {
      ...change,
      by: context.actor,
      at: clock.now().toISOString(),
    };
    const decision = decideKnowledgeCase(stamped, loaded.state);
    if (!decision.ok) throw new CommandRefusedError(decision.refusal);
    const lastPosition = loaded.events[loaded.events.length - 1].position;
    // Sent again with what the case already says: nothing to record, the case as it is.
    if (decision.events.length === 0) return caseResultOf(loaded.state, lastPosition);
    try {
      const appended = await store.appendToStream(
        knowledgeStreamId(caseId),
        toNewEvents(decision.events, context, change.type),
        loaded.revision,
      );
      const state = decision.events.reduce(evolveKnowledgeCase, loaded.state) ?? loaded.state;
      return caseResultOf(state, appended.position);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      // The next round reads the new state: a pinned revision is then refused with the current one.
      if (attempt >= MAX_ATTEMPTS) throw new KnowledgeCaseConflictError(caseId, undefined, undefined);
    }
  }
}
