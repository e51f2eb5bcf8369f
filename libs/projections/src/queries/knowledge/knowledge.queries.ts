import { Query } from '@nestjs/cqrs';
import type { Category, KnowledgeCase } from '@ledger/domain';

export interface KnowledgeSearchCriteria {
  /** What the reader typed: any mix of Simplified or Traditional Chinese and English. */
  readonly q: string;
  /** Only cases of this category are answered; terms are still weighed over every published case. */
  readonly category?: Category;
  readonly limit: number;
  /** Answer only once the views include this log position. */
  readonly minPosition?: bigint;
}

export interface KnowledgeHit extends KnowledgeCase {
  /** 0 to 1: how much of the query the case answers, and in which fields (see `rankCases`). */
  readonly score: number;
  /** The query's terms found in the case, for highlighting. */
  readonly matched: readonly string[];
}

export interface KnowledgeHits {
  readonly items: readonly KnowledgeHit[];
}

/** Published cases that answer a query, best first. */
export class SearchKnowledgeQuery extends Query<KnowledgeHits> {
  constructor(readonly criteria: KnowledgeSearchCriteria) {
    super();
  }
}

/** One case, published or withdrawn, from the knowledge view. */
export class GetKnowledgeCaseQuery extends Query<KnowledgeCase> {
  constructor(
    readonly caseId: string,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

export interface SuggestedKnowledgeCase extends KnowledgeHit {
  readonly sameCategory: boolean;
  /** The ticket's topics the case shares. */
  readonly sharedTopics: readonly string[];
}

export interface SuggestedKnowledgeCases {
  readonly items: readonly SuggestedKnowledgeCase[];
}

/** Published cases worth showing an agent working a ticket: same category and topics first. */
export class SuggestedCasesQuery extends Query<SuggestedKnowledgeCases> {
  constructor(
    readonly feedbackId: string,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}
