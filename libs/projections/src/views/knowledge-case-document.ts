import type { CaseTerms } from '@ledger/classifier';
import type { KnowledgeCase } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per knowledge case, published or withdrawn. */
export const KNOWLEDGE_CASES = 'knowledge_cases';

/** The case as its events make it, and its search terms. */
export interface KnowledgeCaseDocument extends ReadDocument, KnowledgeCase {
  /** Computed once per change by `caseTermsOf`, so that searches never segment a case's text again. */
  readonly terms: CaseTerms;
}

/** The case alone, as answers show it: its terms are the index's business. */
export function knowledgeCaseOf(document: KnowledgeCaseDocument): KnowledgeCase {
  const { terms: _terms, ...knowledgeCase } = document;
  return knowledgeCase;
}
