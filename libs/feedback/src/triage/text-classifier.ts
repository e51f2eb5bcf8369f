import type { ClassificationProposal } from '@ledger/domain';

/** Reads a feedback's text; the classifier in force, which a taxonomy change may replace. */
export interface TextClassifier {
  /** The topics of the taxonomy in force. */
  readonly topics: readonly string[];
  classify(text: string): ClassificationProposal;
}

export interface TextClassifierSource {
  current(): Promise<TextClassifier>;
}

export const TEXT_CLASSIFIER_SOURCE = Symbol('TEXT_CLASSIFIER_SOURCE');
