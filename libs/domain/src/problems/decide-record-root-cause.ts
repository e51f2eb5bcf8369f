import type { RecordRootCause } from './problem-commands';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  firstRefusal,
  refuseProblem,
  requiredText,
  type ProblemDecision,
} from './problem-decision';
import type { Problem } from './problem-state';

/**
 * Records the root-cause analysis; recording again revises it (new evidence, a failed effect
 * check), which is why an analysed or acting problem accepts it too.
 */
export function decideRecordRootCause(command: RecordRootCause, _problem: Problem): ProblemDecision {
  const { method, findings } = command.data;
  const causes = [...new Set(command.data.causes)];
  const findingsRefusal = requiredText('Findings', findings, PROBLEM_TEXT_LIMITS.findings);
  if (findingsRefusal) return findingsRefusal;
  if (causes.length === 0 || causes.some((cause) => !cause.trim())) {
    return refuseProblem(
      'CauseRequired',
      'rule_violated',
      'an analysis must name at least one cause, and no cause may be blank',
    );
  }
  const refusal = firstRefusal(
    ...causes.map((cause) => requiredText('Cause', cause, PROBLEM_TEXT_LIMITS.cause)),
  );
  if (refusal) return refusal;
  return acceptProblem({
    type: 'RootCauseRecorded',
    data: { method, findings, causes, by: command.by, recordedAt: command.at },
  });
}
