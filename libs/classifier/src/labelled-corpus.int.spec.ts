import { CATEGORIES, PRIORITIES } from '@ledger/domain';
import { isHeldOut, loadLabelledCorpus } from '../tools/labelled-corpus';
import { LABELLED_CORPUS, shippedTrainingTexts, trainModel } from '../tools/train-classifier';
import { DEFAULT_TAXONOMY } from './default-taxonomy';
import { classifierMetrics } from './evaluation/classifier-metrics';
import { FeedbackClassifier } from './feedback-classifier';
import { normaliseText } from './normalise-text';
import { TRAINED_MODEL } from './model/trained-model';

const corpus = loadLabelledCorpus(LABELLED_CORPUS);

describe('the labelled corpus and the shipped model', () => {
  it('has at least 300 texts covering every category and priority in each language', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map(({ id }) => id)).size).toBe(corpus.length);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      const texts = corpus.filter((text) => text.lang === lang);
      expect(new Set(texts.map(({ category }) => category))).toEqual(new Set(CATEGORIES));
      expect(new Set(texts.map(({ priority }) => priority))).toEqual(new Set(PRIORITIES));
    }
  });

  it('ships the model that training gives, trained on no held-out text', () => {
    const training = shippedTrainingTexts();
    const heldOut = new Set(corpus.filter(({ id }) => isHeldOut(id)).map(({ text }) => normaliseText(text)));
    expect(training.filter(({ text }) => heldOut.has(normaliseText(text)))).toEqual([]);
    expect(trainModel(training)).toEqual(TRAINED_MODEL);
  });

  it('meets the targets on the held-out part: category accuracy ≥ 0.85, priority within one level ≥ 0.95', () => {
    const classifier = new FeedbackClassifier(DEFAULT_TAXONOMY);
    const heldOut = corpus.filter(({ id }) => isHeldOut(id));
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    const metrics = classifierMetrics(
      heldOut.map((text) => ({ expected: text, predicted: classifier.classify(text.text) })),
    );
    expect(metrics.categoryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(metrics.priorityWithinOneLevel).toBeGreaterThanOrEqual(0.95);
  });
});
