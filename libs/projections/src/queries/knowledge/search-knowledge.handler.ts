import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { rankCases } from '@ledger/classifier';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { ViewFreshness } from '../view-freshness';
import { SearchKnowledgeQuery, type KnowledgeHit, type KnowledgeHits } from './knowledge.queries';
import { publishedCasesByIds, publishedCaseTerms, roundScore } from './published-cases';

@QueryHandler(SearchKnowledgeQuery)
export class SearchKnowledgeHandler implements IQueryHandler<SearchKnowledgeQuery, KnowledgeHits> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: SearchKnowledgeQuery): Promise<KnowledgeHits> {
    const { q, category, limit, minPosition } = criteria;
    await this.freshness.require(minPosition);
    const cases = await publishedCaseTerms(this.views);
    // Ranked over every published case, so a case scores the same with or without a category.
    const ranked = rankCases(q, cases, { limit: cases.length });
    const categories = new Map(cases.map((indexed) => [indexed.id, indexed.category]));
    const best = ranked
      .filter((hit) => category === undefined || categories.get(hit.id) === category)
      .slice(0, limit);
    const found = await publishedCasesByIds(
      this.views,
      best.map((hit) => hit.id),
    );
    const items: KnowledgeHit[] = [];
    for (const { id, score, matched } of best) {
      const knowledgeCase = found.get(id);
      if (knowledgeCase) items.push({ ...knowledgeCase, score: roundScore(score), matched });
    }
    return { items };
  }
}
