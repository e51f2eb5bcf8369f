import { automaticClassificationOf } from './ledger-metrics';

describe('automaticClassificationOf', () => {
  it('reads an automatic classification as applied, with its proposed category and confidence', () => {
    const event = {
      type: 'FeedbackClassified',
      data: { category: 'complaint', by: 'auto', confidence: 0.82 },
    };
    expect(automaticClassificationOf(event)).toEqual({
      category: 'complaint',
      outcome: 'applied',
      confidence: 0.82,
    });
  });

  it('reads a proposal held for triage as held', () => {
    const event = {
      type: 'ClassificationHeldForTriage',
      data: { proposal: { category: 'inquiry', confidence: 0.31 }, minConfidence: 0.5, by: 'auto' },
    };
    expect(automaticClassificationOf(event)).toEqual({
      category: 'inquiry',
      outcome: 'held',
      confidence: 0.31,
    });
  });

  it('ignores a classification by a person and every other event', () => {
    expect(
      automaticClassificationOf({ type: 'FeedbackClassified', data: { category: 'praise', by: 'li.lei' } }),
    ).toBeUndefined();
    expect(automaticClassificationOf({ type: 'FeedbackReceived', data: { confidence: 1 } })).toBeUndefined();
  });
});
