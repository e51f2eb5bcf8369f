import type { Category } from '@ledger/domain';
import { normaliseText } from '../normalise-text';
import { searchTerms } from './search-terms';

/** A case's search terms by field, as `caseTermsOf` makes them (kept with the case in a read model). */
export interface CaseTerms {
  readonly title: readonly string[];
  readonly symptom: readonly string[];
  readonly cause: readonly string[];
  readonly solution: readonly string[];
  readonly topics: readonly string[];
}

export type CaseField = keyof CaseTerms;

/** How much a term found in each field counts: the title says most about a case. */
export const FIELD_WEIGHTS: Readonly<Record<CaseField, number>> = {
  title: 3,
  symptom: 2,
  topics: 2,
  cause: 1,
  solution: 1,
};

const FIELDS = Object.keys(FIELD_WEIGHTS) as CaseField[];

/** A term found in several fields adds their weights up, to at most a title's worth. */
const MAX_TERM_WEIGHT = FIELD_WEIGHTS.title;

export interface CaseText {
  readonly title: string;
  readonly symptom: string;
  readonly cause: string;
  readonly solution: string;
  readonly topics: readonly string[];
}

/**
 * The terms of each field of a case. A topic counts by its key (`digital_service`), the words of
 * its key, and the words of its label when one is given (the taxonomy's `label`).
 */
export function caseTermsOf(text: CaseText, topicLabels: Readonly<Record<string, string>> = {}): CaseTerms {
  const topics = new Set<string>();
  for (const topic of text.topics) {
    topics.add(normaliseText(topic));
    const label = Object.hasOwn(topicLabels, topic) ? topicLabels[topic] : '';
    for (const term of searchTerms(`${topic.replace(/_/g, ' ')} ${label}`)) topics.add(term);
  }
  return {
    title: searchTerms(text.title),
    symptom: searchTerms(text.symptom),
    cause: searchTerms(text.cause),
    solution: searchTerms(text.solution),
    topics: [...topics],
  };
}

/** In how many cases each term occurs (in any field), and of how many cases. */
export interface DocumentFrequencies {
  readonly documents: number;
  readonly frequency: ReadonlyMap<string, number>;
}

export function documentFrequencies(cases: readonly CaseTerms[]): DocumentFrequencies {
  const frequency = new Map<string, number>();
  for (const terms of cases) {
    for (const term of new Set(FIELDS.flatMap((field) => terms[field]))) {
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  return { documents: cases.length, frequency };
}

/**
 * How telling a term is, BM25's way: ln(1 + (N − n + ½) / (n + ½)) for a term in n of N cases.
 * Always above 0; a term in every case is worth little, a rare one much.
 */
export function inverseDocumentFrequency(term: string, table: DocumentFrequencies): number {
  const n = table.frequency.get(term) ?? 0;
  return Math.log(1 + (table.documents - n + 0.5) / (n + 0.5));
}

export interface CaseMatch {
  /** 0 (nothing in common) to 1 (every query term the corpus knows is in the title). */
  readonly score: number;
  /** The query terms found in the case, in the query's order: for highlighting. */
  readonly matched: readonly string[];
}

/**
 * How well a case answers a query. Each query term found in the case earns its idf times the
 * weights of the fields it is in (title 3, symptom 2, topics 2, cause 1, solution 1; at most 3
 * in all). The score is what the case earned over what a case with every query term in its title
 * would earn, so it lies between 0 and 1 whatever the query. With a document-frequency table,
 * terms no case contains are left out of that best, since no case could earn them; without one,
 * every term is worth 1.
 */
export function matchCase(
  queryTerms: readonly string[],
  caseTerms: CaseTerms,
  idf?: DocumentFrequencies,
): CaseMatch {
  const fieldSets = FIELDS.map((field) => [FIELD_WEIGHTS[field], new Set(caseTerms[field])] as const);
  let earned = 0;
  let best = 0;
  const matched: string[] = [];
  for (const term of new Set(queryTerms)) {
    if (idf && !idf.frequency.has(term)) continue;
    const worth = idf ? inverseDocumentFrequency(term, idf) : 1;
    best += worth * MAX_TERM_WEIGHT;
    let weight = 0;
    for (const [fieldWeight, terms] of fieldSets) if (terms.has(term)) weight += fieldWeight;
    if (weight === 0) continue;
    earned += worth * Math.min(weight, MAX_TERM_WEIGHT);
    matched.push(term);
  }
  return { score: best === 0 ? 0 : earned / best, matched };
}

/** The score of `matchCase`, alone. */
export function scoreCase(
  queryTerms: readonly string[],
  caseTerms: CaseTerms,
  idf?: DocumentFrequencies,
): number {
  return matchCase(queryTerms, caseTerms, idf).score;
}

export interface IndexedCase {
  readonly id: string;
  readonly terms: CaseTerms;
}

export interface RankOptions {
  /** At most this many cases; 10 unless told. */
  readonly limit?: number;
  /** Cases scoring below this are left out; 0.2 unless told. A case with no match never shows. */
  readonly minScore?: number;
}

export interface RankedCase extends CaseMatch {
  readonly id: string;
}

export const DEFAULT_RANK_OPTIONS = { limit: 10, minScore: 0.2 } as const;

const byScoreThenId = (a: RankedCase, b: RankedCase): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The cases that answer a query, best first (equal scores by id), each with its score and the
 * terms it matched. Term frequencies are those of the cases given: pass every published case.
 */
export function rankCases(
  query: string,
  cases: readonly IndexedCase[],
  options: RankOptions = {},
): RankedCase[] {
  const { limit, minScore } = { ...DEFAULT_RANK_OPTIONS, ...options };
  const idf = documentFrequencies(cases.map((indexed) => indexed.terms));
  return matchAll(searchTerms(query), cases, idf)
    .filter((ranked) => ranked.score > 0 && ranked.score >= minScore)
    .sort(byScoreThenId)
    .slice(0, limit);
}

function matchAll(
  queryTerms: readonly string[],
  cases: readonly IndexedCase[],
  idf: DocumentFrequencies,
): RankedCase[] {
  if (queryTerms.length === 0) return [];
  return cases.map(({ id, terms }) => ({ id, ...matchCase(queryTerms, terms, idf) }));
}

export interface SuggestableCase extends IndexedCase {
  readonly category: Category;
  readonly topics: readonly string[];
}

export interface TicketForSuggestion {
  readonly category?: Category;
  readonly topics: readonly string[];
  /** What the customer wrote (and the summary, if any). */
  readonly text: string;
}

export interface SuggestedCase extends RankedCase {
  readonly sameCategory: boolean;
  /** The ticket's topics the case shares, in the ticket's order. */
  readonly sharedTopics: readonly string[];
}

/**
 * Cases worth showing an agent on a ticket: those that share a topic with it or whose text is
 * like its text (score at least `minTextScore`). Same category first, then more topics shared,
 * then the text score (as `rankCases` computes it), then id.
 */
export function suggestCases(
  ticket: TicketForSuggestion,
  cases: readonly SuggestableCase[],
  limit = 5,
  minTextScore: number = DEFAULT_RANK_OPTIONS.minScore,
): SuggestedCase[] {
  const idf = documentFrequencies(cases.map((indexed) => indexed.terms));
  const textMatches = new Map(
    matchAll(searchTerms(ticket.text), cases, idf).map((ranked) => [ranked.id, ranked]),
  );
  const ticketTopics = [...new Set(ticket.topics)];
  return cases
    .map((candidate): SuggestedCase => {
      const caseTopics = new Set(candidate.topics);
      return {
        id: candidate.id,
        score: textMatches.get(candidate.id)?.score ?? 0,
        matched: textMatches.get(candidate.id)?.matched ?? [],
        sameCategory: ticket.category !== undefined && candidate.category === ticket.category,
        sharedTopics: ticketTopics.filter((topic) => caseTopics.has(topic)),
      };
    })
    .filter(
      (suggested) =>
        suggested.sharedTopics.length > 0 || (suggested.score > 0 && suggested.score >= minTextScore),
    )
    .sort(
      (a, b) =>
        Number(b.sameCategory) - Number(a.sameCategory) ||
        b.sharedTopics.length - a.sharedTopics.length ||
        byScoreThenId(a, b),
    )
    .slice(0, limit);
}
