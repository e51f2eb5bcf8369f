import type { Category, Priority, Sentiment, Severity } from '../feedback/feedback-vocabulary';

/** What an automatic classification was based on: a phrase found in the text, and what it counted for. */
export interface ClassificationEvidence {
  readonly field: 'category' | 'topic' | 'priority' | 'severity' | 'sentiment';
  readonly value: string;
  readonly phrase: string;
  readonly weight: number;
}

/**
 * The classifier's reading of a feedback's text. It travels in the command and is recorded in
 * the event as it was, so a replay never has to run (a possibly newer) classifier again.
 */
export interface ClassificationProposal {
  readonly category: Category;
  readonly topics: readonly string[];
  readonly priority: Priority;
  readonly severity?: Severity;
  readonly sentiment: Sentiment;
  /** How sure the classifier is of the category, from 0 to 1. */
  readonly confidence: number;
  readonly evidence: readonly ClassificationEvidence[];
  /** The revision of the taxonomy the proposal was made with. */
  readonly taxonomyRevision: number;
}
