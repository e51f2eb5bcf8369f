import type { RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import { earlierCommandEvent } from '../aggregate-stream';
import { foldTicket } from '../ticket-stream';
import { resultOf, type CommandResult } from './command-result';

/**
 * When the stream already holds the events of this command id, the command was carried out
 * before: answer as it was answered then. The same id with another request is a reused key.
 */
export function previousOutcome(
  events: readonly RecordedEvent[],
  context: CommandContext,
): CommandResult | undefined {
  const last = earlierCommandEvent(events, context);
  if (last === undefined) return undefined;
  const state = foldTicket(events.slice(0, last + 1));
  return state && resultOf(state, events[last].revision, events[last].position);
}
