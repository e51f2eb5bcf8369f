import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { suggestCases, type TicketForSuggestion } from '@ledger/classifier';
import type { Category, Resolution } from '@ledger/domain';
import { FeedbackNotFoundError } from '@ledger/feedback';
import { READ_STORE, type ReadDocument, type ReadStore } from '@ledger/read-store';
import { TICKET_STATES, TICKETS, type TicketDocument } from '../../views/ticket-document';
import { topicLabels } from '../../views/topic-labels';
import { ViewFreshness } from '../view-freshness';
import {
  SuggestedCasesQuery,
  type SuggestedKnowledgeCase,
  type SuggestedKnowledgeCases,
} from './knowledge.queries';
import { publishedCasesByIds, publishedCaseTerms, roundScore } from './published-cases';

const SUGGESTIONS = 5;

/** The one part of a ticket's stored state read here: what staff wrote when resolving it. */
interface ResolutionOnly extends ReadDocument {
  readonly ticket: { readonly resolution?: Pick<Resolution, 'solution' | 'rootCause'> };
}

@QueryHandler(SuggestedCasesQuery)
export class SuggestedCasesHandler implements IQueryHandler<SuggestedCasesQuery, SuggestedKnowledgeCases> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ feedbackId, minPosition }: SuggestedCasesQuery): Promise<SuggestedKnowledgeCases> {
    await this.freshness.require(minPosition);
    const row = await this.views.get<TicketDocument>(TICKETS, feedbackId);
    if (!row) throw new FeedbackNotFoundError(feedbackId);
    const ticket = await this.ticketForSuggestion(row);
    const suggested = suggestCases(ticket, await publishedCaseTerms(this.views), SUGGESTIONS);
    const found = await publishedCasesByIds(
      this.views,
      suggested.map((one) => one.id),
    );
    const items: SuggestedKnowledgeCase[] = [];
    for (const { id, score, ...why } of suggested) {
      const knowledgeCase = found.get(id);
      if (knowledgeCase) items.push({ ...knowledgeCase, score: roundScore(score), ...why });
    }
    return { items };
  }

  /**
   * The ticket's text, made only of what is not the customer's: its category, its topics by key
   * and label, and the solution and root cause staff wrote if it was resolved. What the customer
   * wrote is never used: suggestions stay the same whether or not the customer's data was erased.
   */
  private async ticketForSuggestion(row: TicketDocument): Promise<TicketForSuggestion> {
    const labels = await topicLabels(this.views);
    const state = await this.views.get<ResolutionOnly>(TICKET_STATES, row.id);
    const resolution = state?.ticket.resolution;
    const words = (key: string) => key.replace(/_/g, ' ');
    const text = [
      row.category && words(row.category),
      ...row.topics.map((topic) => `${words(topic)} ${Object.hasOwn(labels, topic) ? labels[topic] : ''}`),
      resolution?.solution,
      resolution?.rootCause,
    ].filter((part): part is string => Boolean(part));
    // The view keeps the category as the classification recorded it, one of CATEGORIES.
    return {
      ...(row.category === undefined ? {} : { category: row.category as Category }),
      topics: row.topics,
      text: text.join('\n'),
    };
  }
}
