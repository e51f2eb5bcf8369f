import { DEFAULT_TAXONOMY, FeedbackClassifier } from '@ledger/classifier';
import type { TextClassifier, TextClassifierSource } from './text-classifier';

/** The shipped taxonomy and model, built on first use (loading the Chinese dictionary takes a moment). */
export class DefaultClassifierSource implements TextClassifierSource {
  private classifier?: TextClassifier;

  current(): Promise<TextClassifier> {
    this.classifier ??= new FeedbackClassifier(DEFAULT_TAXONOMY);
    return Promise.resolve(this.classifier);
  }
}
