/**
 * Multinomial naive Bayes as counts: how often each feature was seen under each label. The counts
 * are what training produces and what is shipped; smoothing is applied when the model is loaded.
 */
export interface NaiveBayesCounts {
  readonly labels: readonly string[];
  /** Training texts per label. */
  readonly texts: readonly number[];
  /** Per feature, its occurrences under each label (in the order of `labels`). */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

export function countFeatures(
  labels: readonly string[],
  examples: readonly { readonly label: string; readonly features: readonly string[] }[],
  minOccurrences: number,
): NaiveBayesCounts {
  const texts = labels.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { label, features } of examples) {
    const index = labels.indexOf(label);
    if (index < 0) throw new Error(`unknown label ${label}`);
    texts[index]++;
    for (const feature of features) {
      const row = counts.get(feature) ?? labels.map(() => 0);
      row[index]++;
      counts.set(feature, row);
    }
  }
  const kept = [...counts.entries()]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minOccurrences)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { labels, texts, features: Object.fromEntries(kept) };
}

/** Log-probabilities of the labels given a text's features, up to a constant shared by all labels. */
export class NaiveBayes {
  private readonly logPrior: number[];
  private readonly logLikelihood = new Map<string, number[]>();

  constructor(
    readonly counts: NaiveBayesCounts,
    smoothing: number,
  ) {
    const vocabulary = Object.keys(counts.features).length;
    const totals = counts.labels.map((_, label) =>
      Object.values(counts.features).reduce((sum, row) => sum + row[label], 0),
    );
    const allTexts = counts.texts.reduce((a, b) => a + b, 0);
    this.logPrior = counts.texts.map((n) => Math.log((n + 1) / (allTexts + counts.labels.length)));
    for (const [feature, row] of Object.entries(counts.features)) {
      this.logLikelihood.set(
        feature,
        row.map((n, label) => Math.log((n + smoothing) / (totals[label] + smoothing * vocabulary))),
      );
    }
  }

  logScores(features: readonly string[]): number[] {
    const scores = [...this.logPrior];
    for (const feature of features) {
      const row = this.logLikelihood.get(feature);
      if (row) row.forEach((value, label) => (scores[label] += value));
    }
    return scores;
  }
}
