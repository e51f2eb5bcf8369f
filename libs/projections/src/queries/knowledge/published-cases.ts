import type { SuggestableCase } from '@ledger/classifier';
import type { KnowledgeCase } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import {
  KNOWLEDGE_CASES,
  knowledgeCaseOf,
  type KnowledgeCaseDocument,
} from '../../views/knowledge-case-document';

/**
 * Every search ranks the published cases in memory, so it reads at most this many. A knowledge
 * base of typical cases stays far below it; beyond it the cases after the first 20,000 (by id)
 * would not be searched, and an inverted index in the read store would be the next step.
 */
export const MAX_SEARCHED_CASES = 20_000;

const PAGE_SIZE = 1_000;

/**
 * The published cases' search terms, category and topics, a page at a time: only what ranking
 * needs is kept, and the few cases answered are read whole afterwards (`publishedCasesByIds`).
 */
export async function publishedCaseTerms(views: ReadStore): Promise<SuggestableCase[]> {
  const cases: SuggestableCase[] = [];
  let after: string | undefined;
  do {
    const page = await views.query<KnowledgeCaseDocument>(KNOWLEDGE_CASES, {
      filter: { status: 'published' },
      limit: Math.min(PAGE_SIZE, MAX_SEARCHED_CASES - cases.length),
      ...(after ? { after } : {}),
    });
    for (const { id, terms, category, topics } of page.items) cases.push({ id, terms, category, topics });
    after = page.next;
  } while (after && cases.length < MAX_SEARCHED_CASES);
  return cases;
}

/** The cases with these ids still published, whole; one withdrawn since it was ranked is left out. */
export async function publishedCasesByIds(
  views: ReadStore,
  ids: readonly string[],
): Promise<Map<string, KnowledgeCase>> {
  const found = await views.getMany<KnowledgeCaseDocument>(KNOWLEDGE_CASES, ids);
  const published = new Map<string, KnowledgeCase>();
  for (const [id, document] of found) {
    if (document.status === 'published') published.set(id, knowledgeCaseOf(document));
  }
  return published;
}

/** Scores as answers show them: four decimals are plenty to order and compare by eye. */
export const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000;
