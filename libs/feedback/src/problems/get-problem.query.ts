import { Query } from '@nestjs/cqrs';
import type { EffectChange, EffectWindows, FeedbackCount, Problem } from '@ledger/domain';

/** The effect check as it stands now: counts either side of the last completed action. */
export interface ProblemEffect {
  readonly windows: EffectWindows;
  readonly before: FeedbackCount;
  readonly after: FeedbackCount;
  readonly change: EffectChange;
  /** "feedback on delivery fell 65 % in the 30 days after the corrective actions (20 against 57)" */
  readonly sentence: string;
}

export interface ProblemView {
  readonly problem: Problem;
  readonly revision: number;
  readonly position: string;
  /** Once an action is completed and a day has passed after it. */
  readonly effect?: ProblemEffect;
  /** Why there is no effect check yet. */
  readonly effectPending?: string;
}

export class GetProblemQuery extends Query<ProblemView> {
  constructor(readonly problemId: string) {
    super();
  }
}
