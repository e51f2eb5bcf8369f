import { PRIORITIES, type Priority } from '@ledger/domain';

export interface LabelledPrediction {
  readonly expected: { readonly category: string; readonly priority: Priority };
  readonly predicted: { readonly category: string; readonly priority: Priority };
}

export interface ClassifierMetrics {
  readonly texts: number;
  readonly categoryAccuracy: number;
  readonly categoryMacroF1: number;
  readonly f1ByCategory: Readonly<Record<string, number>>;
  readonly priorityAccuracy: number;
  readonly priorityWithinOneLevel: number;
}

/** Accuracy, per-category F1 and its unweighted mean over the categories the labels use. */
export function classifierMetrics(results: readonly LabelledPrediction[]): ClassifierMetrics {
  const categories = [...new Set(results.map(({ expected }) => expected.category))].sort();
  const f1ByCategory = Object.fromEntries(categories.map((category) => [category, f1Of(category, results)]));
  const share = (hit: (r: LabelledPrediction) => boolean) =>
    results.length === 0 ? 0 : results.filter(hit).length / results.length;
  return {
    texts: results.length,
    categoryAccuracy: share((r) => r.expected.category === r.predicted.category),
    categoryMacroF1:
      categories.length === 0
        ? 0
        : categories.reduce((sum, c) => sum + f1ByCategory[c], 0) / categories.length,
    f1ByCategory,
    priorityAccuracy: share((r) => r.expected.priority === r.predicted.priority),
    priorityWithinOneLevel: share(
      (r) =>
        Math.abs(PRIORITIES.indexOf(r.expected.priority) - PRIORITIES.indexOf(r.predicted.priority)) <= 1,
    ),
  };
}

function f1Of(category: string, results: readonly LabelledPrediction[]): number {
  const truePositives = results.filter(
    (r) => r.expected.category === category && r.predicted.category === category,
  ).length;
  const predicted = results.filter((r) => r.predicted.category === category).length;
  const actual = results.filter((r) => r.expected.category === category).length;
  if (truePositives === 0) return 0;
  const precision = truePositives / predicted;
  const recall = truePositives / actual;
  return (2 * precision * recall) / (precision + recall);
}
