import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { KnowledgeCase } from '@ledger/domain';
import { KnowledgeCaseNotFoundError } from '@ledger/feedback';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import {
  KNOWLEDGE_CASES,
  knowledgeCaseOf,
  type KnowledgeCaseDocument,
} from '../../views/knowledge-case-document';
import { ViewFreshness } from '../view-freshness';
import { GetKnowledgeCaseQuery } from './knowledge.queries';

@QueryHandler(GetKnowledgeCaseQuery)
export class GetKnowledgeCaseHandler implements IQueryHandler<GetKnowledgeCaseQuery, KnowledgeCase> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ caseId, minPosition }: GetKnowledgeCaseQuery): Promise<KnowledgeCase> {
    await this.freshness.require(minPosition);
    const document = await this.views.get<KnowledgeCaseDocument>(KNOWLEDGE_CASES, caseId);
    if (!document) throw new KnowledgeCaseNotFoundError(caseId);
    return knowledgeCaseOf(document);
  }
}
