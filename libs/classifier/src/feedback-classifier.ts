import {
  CATEGORIES,
  PRIORITIES,
  type Category,
  type ClassificationEvidence,
  type ClassificationProposal,
  type Priority,
  type Sentiment,
  type Severity,
} from '@ledger/domain';
import { NaiveBayes } from './model/naive-bayes';
import { textFeatures } from './model/text-features';
import { TRAINED_MODEL, type TrainedModel } from './model/trained-model';
import { compilePhrases, MatchableText, type CompiledPhrases, type PhraseMatch } from './phrase-matcher';
import type { Taxonomy } from './taxonomy';

/** Where a category starts when nothing in the text speaks of urgency. */
const USUAL_PRIORITY: Readonly<Record<Category, Priority>> = {
  function_issue: 'P3',
  experience: 'P3',
  suggestion: 'P4',
  complaint: 'P3',
  praise: 'P4',
  inquiry: 'P3',
};

/** How much evidence a priority, severity or topic needs before it counts. */
const SIGNAL = { severity: 2, topic: 2, sentiment: 2 } as const;

/**
 * How the trained model and the taxonomy's phrases are weighed against each other: the model's
 * log-scores are divided by `temperature`, each phrase weight multiplied by the factor of what it
 * signals. Chosen on the tuning part of the labelled corpus with a model trained without it.
 */
export interface ClassifierWeights {
  readonly smoothing: number;
  readonly temperature: number;
  readonly categoryPhrase: number;
  readonly priorityPhrase: number;
  readonly usualPriority: number;
}

export const DEFAULT_WEIGHTS: ClassifierWeights = {
  smoothing: 0.5,
  temperature: 4,
  categoryPhrase: 0.5,
  priorityPhrase: 0.5,
  usualPriority: 1,
};
const MAX_TOPICS = 3;

interface CompiledTaxonomy {
  readonly categories: readonly (readonly [Category, CompiledPhrases])[];
  readonly topics: readonly (readonly [string, CompiledPhrases])[];
  readonly p1: CompiledPhrases;
  readonly p2: CompiledPhrases;
  readonly p4: CompiledPhrases;
  readonly serious: CompiledPhrases;
  readonly minor: CompiledPhrases;
  readonly positive: CompiledPhrases;
  readonly negative: CompiledPhrases;
}

/**
 * Reads a feedback's text two ways and weighs them together: a naive Bayes model trained on
 * shipped labelled texts, and the taxonomy's phrases, each found phrase adding its weight to what
 * it stands for. The phrases found are the evidence; the confidence is the category's softmax share.
 * Deterministic: the same text, taxonomy and model always give the same proposal.
 */
export class FeedbackClassifier {
  private readonly compiled: CompiledTaxonomy;
  private readonly categoryModel: NaiveBayes;
  private readonly priorityModel: NaiveBayes;

  constructor(
    taxonomy: Taxonomy,
    private readonly taxonomyRevision = 0,
    model: TrainedModel = TRAINED_MODEL,
    private readonly weights: ClassifierWeights = DEFAULT_WEIGHTS,
  ) {
    this.compiled = {
      categories: CATEGORIES.map((category) => [category, compilePhrases(taxonomy.categories[category])]),
      topics: Object.entries(taxonomy.topics).map(([topic, { phrases }]) => [topic, compilePhrases(phrases)]),
      p1: compilePhrases(taxonomy.priorities.P1),
      p2: compilePhrases(taxonomy.priorities.P2),
      p4: compilePhrases(taxonomy.priorities.P4),
      serious: compilePhrases(taxonomy.severities.serious),
      minor: compilePhrases(taxonomy.severities.minor),
      positive: compilePhrases(taxonomy.sentiments.positive),
      negative: compilePhrases(taxonomy.sentiments.negative),
    };
    this.categoryModel = new NaiveBayes(model.category, weights.smoothing);
    this.priorityModel = new NaiveBayes(model.priority, weights.smoothing);
  }

  /** The topics this classifier's taxonomy knows. */
  get topics(): readonly string[] {
    return this.compiled.topics.map(([topic]) => topic);
  }

  classify(text: string): ClassificationProposal {
    const matchable = new MatchableText(text);
    const features = textFeatures(matchable);
    const evidence: ClassificationEvidence[] = [];
    const weigh: Weigh = (field, value, phrases) => {
      const matches = matchable.match(phrases);
      return { total: total(matches), keep: () => evidence.push(...asEvidence(field, value, matches)) };
    };

    const sentiment = this.sentimentOf(weigh);
    const modelled = this.modelScores(this.categoryModel, features);
    const scores = this.compiled.categories.map(([category, phrases]) => {
      const weighed = weigh('category', category, phrases);
      const lean =
        (category === 'complaint' && sentiment === 'negative') ||
        (category === 'praise' && sentiment === 'positive')
          ? 1
          : 0;
      const score = (modelled.get(category) ?? 0) + this.weights.categoryPhrase * (weighed.total + lean);
      return { category, score, keep: weighed.keep };
    });
    const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
    best.keep();
    const category = best.category;

    const topics = this.compiled.topics
      .map(([topic, phrases]) => ({ topic, ...weigh('topic', topic, phrases) }))
      .filter(({ total: score }) => score >= SIGNAL.topic)
      .sort((a, b) => b.total - a.total)
      .slice(0, MAX_TOPICS);
    topics.forEach((topic) => topic.keep());

    const priority = this.priorityOf(category, features, weigh);
    const severity = category === 'complaint' ? this.severityOf(priority, weigh) : undefined;
    return {
      category,
      topics: topics.length > 0 ? topics.map(({ topic }) => topic) : ['other'],
      priority,
      severity,
      sentiment,
      confidence: softmaxShare(
        best.score,
        scores.map(({ score }) => score),
      ),
      evidence,
      taxonomyRevision: this.taxonomyRevision,
    };
  }

  private modelScores(model: NaiveBayes, features: readonly string[]): Map<string, number> {
    const scores = model.logScores(features);
    return new Map(model.counts.labels.map((label, i) => [label, scores[i] / this.weights.temperature]));
  }

  private sentimentOf(weigh: Weigh): Sentiment {
    const positive = weigh('sentiment', 'positive', this.compiled.positive);
    const negative = weigh('sentiment', 'negative', this.compiled.negative);
    const lean = positive.total - negative.total;
    if (lean >= SIGNAL.sentiment) positive.keep();
    if (-lean >= SIGNAL.sentiment) negative.keep();
    return lean >= SIGNAL.sentiment ? 'positive' : -lean >= SIGNAL.sentiment ? 'negative' : 'neutral';
  }

  private priorityOf(category: Category, features: readonly string[], weigh: Weigh): Priority {
    // Praise asks for nothing to be done: it is never urgent (SPEC §2, P4).
    if (category === 'praise') return 'P4';
    const modelled = this.modelScores(this.priorityModel, features);
    const signals = {
      P1: weigh('priority', 'P1', this.compiled.p1),
      P2: weigh('priority', 'P2', this.compiled.p2),
      P4: weigh('priority', 'P4', this.compiled.p4),
    };
    const scoreOf = (priority: Priority) =>
      (modelled.get(priority) ?? 0) +
      this.weights.priorityPhrase * (priority === 'P3' ? 0 : signals[priority].total) +
      (USUAL_PRIORITY[category] === priority ? this.weights.usualPriority : 0);
    const priority = PRIORITIES.reduce((a, b) => (scoreOf(b) > scoreOf(a) ? b : a));
    if (priority !== 'P3') signals[priority].keep();
    return priority;
  }

  private severityOf(priority: Priority, weigh: Weigh): Severity {
    const serious = weigh('severity', 'serious', this.compiled.serious);
    if (priority === 'P1' || serious.total >= SIGNAL.severity) {
      serious.keep();
      return 'serious';
    }
    const minor = weigh('severity', 'minor', this.compiled.minor);
    if (minor.total < SIGNAL.severity) return 'general';
    minor.keep();
    return 'minor';
  }
}

type Weigh = (
  field: ClassificationEvidence['field'],
  value: string,
  phrases: CompiledPhrases,
) => { total: number; keep: () => void };

function total(matches: readonly PhraseMatch[]): number {
  return matches.reduce((sum, { weight }) => sum + weight, 0);
}

function asEvidence(
  field: ClassificationEvidence['field'],
  value: string,
  matches: readonly PhraseMatch[],
): ClassificationEvidence[] {
  return matches.map(({ phrase, weight }) => ({ field, value, phrase, weight }));
}

/** The winner's share of e^score over all categories, rounded to a hundredth. */
function softmaxShare(winner: number, all: readonly number[]): number {
  const top = Math.max(...all);
  const sum = all.reduce((acc, score) => acc + Math.exp(score - top), 0);
  return Math.round((Math.exp(winner - top) / sum) * 100) / 100;
}
