import { Query } from '@nestjs/cqrs';
import type { Page } from '@ledger/read-store';
import type { ProblemDocument, ProblemRow } from '../../views/problems.projection';

export class ListProblemsQuery extends Query<Page<ProblemRow>> {
  constructor(
    readonly criteria: {
      readonly status?: readonly string[];
      readonly limit: number;
      readonly after?: string;
      readonly minPosition?: bigint;
    },
  ) {
    super();
  }
}

/** Problems with an open corrective action due by `now` that the SLA clock has not marked overdue yet. */
export class ProblemActionsDueQuery extends Query<Page<ProblemDocument>> {
  constructor(
    readonly now: string,
    readonly limit: number,
    readonly after?: string,
  ) {
    super();
  }
}

/** A cluster of feedback that calls for a problem (SPEC §9): repeats on one subject, or a spike. */
export interface ProblemSuggestion {
  readonly origin: 'repeat_cluster' | 'spike';
  readonly dimension: 'category' | 'topic';
  readonly value: string;
  readonly title: string;
  /** The tickets to open the problem over: the repeats and the earlier tickets they repeat. */
  readonly feedbackIds: readonly string[];
  readonly repeats: number;
  /** An open problem on the same subject, when there is one: link to it rather than open another. */
  readonly openProblemId?: string;
}

export class ProblemSuggestionsQuery extends Query<ProblemSuggestion[]> {
  constructor(
    readonly now: string,
    readonly days: number,
    readonly minRepeats: number,
  ) {
    super();
  }
}
