import type { Problem } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import { earlierCommandEvent } from '../aggregate-stream';
import type { ProblemResult } from './problem-commands';
import { foldProblem } from './problem-stream';

export const problemResult = (problem: Problem, last: RecordedEvent): ProblemResult => ({
  problem,
  revision: last.revision,
  position: last.position.toString(),
});

/** The answer a command carried out before got, if this command id was (see earlierCommandEvent). */
export function previousProblemOutcome(
  events: readonly RecordedEvent[],
  context: CommandContext,
): ProblemResult | undefined {
  const last = earlierCommandEvent(events, context);
  if (last === undefined) return undefined;
  const problem = foldProblem(events.slice(0, last + 1));
  return problem && problemResult(problem, events[last]);
}
