import {
  DEFAULT_TAXONOMY,
  DEFAULT_WEIGHTS,
  FeedbackClassifier,
  type ClassifierWeights,
} from '@ledger/classifier';
import { classifierMetrics, type ClassifierMetrics } from '../src/evaluation/classifier-metrics';
import { isHeldOut, loadLabelledCorpus, type LabelledText } from './labelled-corpus';
import { LABELLED_CORPUS, TRAINING_DATA, trainModel } from './train-classifier';

/**
 * Prints how the shipped classifier does on the labelled corpus: on its tuning part (which the
 * model was trained on) and on its held-out part (which nothing was tuned on).
 * `--tune` chooses weights instead: a model trained on the training data alone is measured on the
 * tuning part for a grid of weights. `--mistakes` lists the tuning part's mistakes.
 */
function main(): void {
  const corpus = loadLabelledCorpus(LABELLED_CORPUS);
  const tuning = corpus.filter(({ id }) => !isHeldOut(id));
  const heldOut = corpus.filter(({ id }) => isHeldOut(id));
  if (process.argv.includes('--tune')) return tune(tuning);
  const classifier = new FeedbackClassifier(DEFAULT_TAXONOMY);
  print('tuning', measure(classifier, tuning));
  print('held-out', measure(classifier, heldOut));
  if (process.argv.includes('--mistakes')) listMistakes(classifier, tuning);
}

function tune(tuning: readonly LabelledText[]): void {
  const model = trainModel(loadLabelledCorpus(TRAINING_DATA));
  const grid: ClassifierWeights[] = [];
  for (const smoothing of [0.1, 0.3, 1])
    for (const temperature of [1, 2, 4, 8])
      for (const categoryPhrase of [0, 0.25, 0.5, 1])
        for (const priorityPhrase of [0, 0.25, 0.5, 1])
          for (const usualPriority of [0, 0.5, 1, 2])
            grid.push({ smoothing, temperature, categoryPhrase, priorityPhrase, usualPriority });
  const ranked = grid
    .map((weights) => ({
      weights,
      metrics: measure(new FeedbackClassifier(DEFAULT_TAXONOMY, 0, model, weights), tuning),
    }))
    .sort(
      (a, b) =>
        b.metrics.categoryAccuracy +
        b.metrics.priorityAccuracy -
        (a.metrics.categoryAccuracy + a.metrics.priorityAccuracy),
    );
  print(
    `default ${JSON.stringify(DEFAULT_WEIGHTS)}`,
    measure(new FeedbackClassifier(DEFAULT_TAXONOMY, 0, model), tuning),
  );
  for (const { weights, metrics } of ranked.slice(0, 5)) print(JSON.stringify(weights), metrics);
  if (process.argv.includes('--mistakes'))
    listMistakes(new FeedbackClassifier(DEFAULT_TAXONOMY, 0, model), tuning);
}

function measure(classifier: FeedbackClassifier, texts: readonly LabelledText[]): ClassifierMetrics {
  return classifierMetrics(
    texts.map((text) => ({ expected: text, predicted: classifier.classify(text.text) })),
  );
}

function listMistakes(classifier: FeedbackClassifier, texts: readonly LabelledText[]): void {
  for (const text of texts) {
    const proposal = classifier.classify(text.text);
    if (proposal.category !== text.category || proposal.priority !== text.priority) {
      console.log(
        `${text.id} want ${text.category}/${text.priority} got ${proposal.category}/${proposal.priority} ` +
          `(${proposal.confidence}) ${proposal.evidence.map((e) => `${e.value}:${e.phrase}`).join(' ')}\n  ${text.text}`,
      );
    }
  }
}

function print(part: string, metrics: ClassifierMetrics): void {
  const figure = (value: number) => value.toFixed(3);
  console.log(
    `${part}\n  texts ${metrics.texts}  category accuracy ${figure(metrics.categoryAccuracy)}` +
      `  macro F1 ${figure(metrics.categoryMacroF1)}  priority exact ${figure(metrics.priorityAccuracy)}` +
      `  within one level ${figure(metrics.priorityWithinOneLevel)}\n  F1 by category: ${Object.entries(
        metrics.f1ByCategory,
      )
        .map(([category, f1]) => `${category} ${figure(f1)}`)
        .join(', ')}`,
  );
}

main();
