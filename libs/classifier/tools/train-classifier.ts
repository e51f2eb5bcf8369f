import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, PRIORITIES } from '@ledger/domain';
import { MatchableText } from '../src/phrase-matcher';
import { countFeatures } from '../src/model/naive-bayes';
import { textFeatures } from '../src/model/text-features';
import type { TrainedModel } from '../src/model/trained-model';
import { isHeldOut, loadLabelledCorpus, type LabelledText } from './labelled-corpus';

export const TRAINING_DATA = join(__dirname, '../training-data');
export const LABELLED_CORPUS = join(__dirname, '../../../test/fixtures/feedback-corpus');
const MODEL_FILE = join(__dirname, '../src/model/trained-model.json');

/** A feature seen fewer times than this in all training texts says more about one text than a class. */
const MIN_OCCURRENCES = 2;

export function trainModel(texts: readonly LabelledText[]): TrainedModel {
  const featured = texts.map((text) => ({ text, features: textFeatures(new MatchableText(text.text)) }));
  return {
    category: countFeatures(
      CATEGORIES,
      featured.map(({ text, features }) => ({ label: text.category, features })),
      MIN_OCCURRENCES,
    ),
    priority: countFeatures(
      PRIORITIES,
      featured.map(({ text, features }) => ({ label: text.priority, features })),
      MIN_OCCURRENCES,
    ),
  };
}

/** The shipped model's texts: the training data and the tuning part of the labelled corpus, never its held-out part. */
export function shippedTrainingTexts(): LabelledText[] {
  return [
    ...loadLabelledCorpus(TRAINING_DATA),
    ...loadLabelledCorpus(LABELLED_CORPUS).filter(({ id }) => !isHeldOut(id)),
  ];
}

/** Writes the model; with `--check`, fails instead when the shipped model is not what training gives. */
function main(): void {
  const model = `${JSON.stringify(trainModel(shippedTrainingTexts()))}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(MODEL_FILE, 'utf8') !== model) {
      console.error('the shipped classifier model is stale: run npm run classifier:train');
      process.exit(1);
    }
    return;
  }
  writeFileSync(MODEL_FILE, model);
}

if (require.main === module) main();
