import { classifierMetrics } from './classifier-metrics';

describe('classifierMetrics', () => {
  it('computes accuracy, per-category F1, their mean, and priority within one level', () => {
    const metrics = classifierMetrics([
      { expected: { category: 'a', priority: 'P1' }, predicted: { category: 'a', priority: 'P1' } },
      { expected: { category: 'a', priority: 'P2' }, predicted: { category: 'b', priority: 'P4' } },
      { expected: { category: 'b', priority: 'P3' }, predicted: { category: 'b', priority: 'P2' } },
      { expected: { category: 'b', priority: 'P4' }, predicted: { category: 'b', priority: 'P4' } },
    ]);
    // a: precision 1, recall 1/2 → F1 2/3; b: precision 2/3, recall 1 → F1 4/5.
    expect(metrics.categoryAccuracy).toBe(0.75);
    expect(metrics.f1ByCategory.a).toBeCloseTo(2 / 3);
    expect(metrics.f1ByCategory.b).toBeCloseTo(4 / 5);
    expect(metrics.categoryMacroF1).toBeCloseTo((2 / 3 + 4 / 5) / 2);
    expect(metrics.priorityAccuracy).toBe(0.5);
    expect(metrics.priorityWithinOneLevel).toBe(0.75);
  });
});
