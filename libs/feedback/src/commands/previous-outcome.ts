import type { RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import { IdempotencyKeyReusedError } from '../errors/feedback-errors';
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
  const last = events.findLastIndex((e) => e.metadata.commandId === context.commandId);
  if (last < 0) return undefined;
  if (events[last].metadata.requestHash !== context.requestHash) {
    throw new IdempotencyKeyReusedError(context.commandId);
  }
  const upToThen = events.slice(0, last + 1);
  const state = foldTicket(upToThen);
  return state && resultOf(state, events[last].revision, events[last].position);
}
