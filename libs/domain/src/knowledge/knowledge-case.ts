import type { Actor } from '../feedback/feedback-events';
import type { Category } from '../feedback/feedback-vocabulary';
import type { KnowledgeEvent, KnowledgeSource } from './knowledge-events';

export type KnowledgeCaseStatus = 'published' | 'withdrawn';

/** A published case as its events make it. */
export interface KnowledgeCase {
  readonly id: string;
  readonly status: KnowledgeCaseStatus;
  readonly title: string;
  readonly symptom: string;
  readonly cause: string;
  readonly solution: string;
  readonly category: Category;
  readonly topics: readonly string[];
  readonly source: KnowledgeSource;
  readonly language?: string;
  readonly publishedBy: Actor;
  readonly publishedAt: string;
  /** 1 when published, one more for each revision. */
  readonly revision: number;
  readonly updatedAt: string;
  readonly withdrawal?: { readonly reason: string; readonly by: Actor; readonly withdrawnAt: string };
}

/** No case yet: nothing was published under this id. */
export type KnowledgeCaseState = KnowledgeCase | undefined;

export function evolveKnowledgeCase(state: KnowledgeCaseState, event: KnowledgeEvent): KnowledgeCaseState {
  switch (event.type) {
    case 'KnowledgeCasePublished': {
      const { caseId, title, symptom, cause, solution, category, topics, source, language } = event.data;
      return {
        id: caseId,
        status: 'published',
        title,
        symptom,
        cause,
        solution,
        category,
        topics,
        source,
        ...(language === undefined ? {} : { language }),
        publishedBy: event.data.by,
        publishedAt: event.data.publishedAt,
        revision: 1,
        updatedAt: event.data.publishedAt,
      };
    }
    case 'KnowledgeCaseRevised': {
      if (!state) return state;
      const { title, symptom, cause, solution, topics, revisedAt } = event.data;
      return {
        ...state,
        title: title ?? state.title,
        symptom: symptom ?? state.symptom,
        cause: cause ?? state.cause,
        solution: solution ?? state.solution,
        topics: topics ?? state.topics,
        revision: state.revision + 1,
        updatedAt: revisedAt,
      };
    }
    case 'KnowledgeCaseWithdrawn': {
      if (!state) return state;
      const { reason, by, withdrawnAt } = event.data;
      return {
        ...state,
        status: 'withdrawn',
        withdrawal: { reason, by, withdrawnAt },
        updatedAt: withdrawnAt,
      };
    }
  }
}
