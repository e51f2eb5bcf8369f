import type { NaiveBayesCounts } from './naive-bayes';
import trained from './trained-model.json';

/** Counts for the category and the priority, trained by `npm run classifier:train` from shipped texts. */
export interface TrainedModel {
  readonly category: NaiveBayesCounts;
  readonly priority: NaiveBayesCounts;
}

export const TRAINED_MODEL: TrainedModel = trained;
