import type { EvaluateEffect, OpenProblem, Problem, ProblemCommand } from '@ledger/domain';
import type { CommandContext } from '../command-context';

/** Distributes over the union, so that each type keeps its own data. */
type Request<C extends ProblemCommand> = C extends ProblemCommand
  ? { readonly type: C['type']; readonly data: C['data'] }
  : never;

/** An evaluation as a client asks for it: the counts are the handler's to compute. */
export type EvaluateEffectRequest = {
  readonly type: 'EvaluateEffect';
  readonly data: Omit<EvaluateEffect['data'], 'before' | 'after' | 'windowDays'> & {
    readonly windowDays?: number;
  };
};

/** A change to an open problem, as the api and the SLA clock send it; the handler stamps who and when. */
export type ProblemChange =
  Request<Exclude<ProblemCommand, OpenProblem | EvaluateEffect>> | EvaluateEffectRequest;

export class OpenProblemCommand {
  constructor(
    readonly data: Omit<OpenProblem['data'], 'problemId'>,
    readonly context: CommandContext,
  ) {}
}

export class ChangeProblemCommand {
  constructor(
    readonly problemId: string,
    readonly change: ProblemChange,
    readonly context: CommandContext,
  ) {}
}

export interface ProblemResult {
  readonly problem: Problem;
  /** The ETag a client sends back in If-Match. */
  readonly revision: number;
  readonly position: string;
}

/** No problem has that id: asked for, or named as a knowledge case's source. */
export class ProblemNotFoundError extends Error {
  override readonly name = 'ProblemNotFoundError';
  constructor(readonly problemId: string) {
    super(`no problem found for ${problemId}`);
  }
}
