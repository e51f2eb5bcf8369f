import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SPIKE_RULES } from '@ledger/domain';
import { spikeRulesFrom } from './spike-rules-file';

const fileWith = (content: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'spike-rules-')), 'rules.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('LEDGER_SPIKE_RULES_FILE', () => {
  it('uses the default rules without a file', () => {
    expect(spikeRulesFrom(undefined)).toBe(DEFAULT_SPIKE_RULES);
  });

  it('reads threshold and trailing-average rules, with defaults for the trailing windows and minimum', () => {
    const refunds = {
      id: 'refunds',
      kind: 'threshold',
      dimension: 'topic',
      value: 'payment',
      windowMinutes: 30,
      threshold: 5,
    };
    const anyCategory = {
      id: 'any-category',
      kind: 'trailing_average',
      dimension: 'category',
      windowMinutes: 60,
      factor: 2.5,
    };
    expect(spikeRulesFrom(fileWith([refunds, anyCategory]))).toEqual([
      refunds,
      { ...anyCategory, trailingWindows: 24, minCount: 5 },
    ]);
  });

  it.each([
    [{}, 'must hold a JSON array of rules'],
    [
      [{ id: 'x', kind: 'threshold', dimension: 'team', windowMinutes: 60, threshold: 1 }],
      'rule 1.dimension must be one of category, topic',
    ],
    [
      [
        {
          id: 'x',
          kind: 'threshold',
          dimension: 'category',
          value: 'rants',
          windowMinutes: 60,
          threshold: 1,
        },
      ],
      'rule 1.value must be a category',
    ],
    [
      [{ id: 'x', kind: 'threshold', dimension: 'topic', windowMinutes: 0, threshold: 1 }],
      'rule 1.windowMinutes must be a whole number from 1 to 10080',
    ],
    [
      [{ id: 'x', kind: 'threshold', dimension: 'topic', windowMinutes: 60 }],
      'rule 1.threshold must be a whole number',
    ],
    [
      [{ id: 'x', kind: 'trailing_average', dimension: 'topic', windowMinutes: 60, factor: 1 }],
      'rule 1.factor must be a number above 1',
    ],
    [
      [{ id: 'x', kind: 'surge', dimension: 'topic', windowMinutes: 60 }],
      'rule 1.kind must be threshold or trailing_average',
    ],
    [
      [{ id: 'x', kind: 'threshold', dimension: 'topic', windowMinutes: 60, threshold: 1, colour: 'red' }],
      'rule 1.colour is not a rule field',
    ],
    [
      [
        { id: 'x', kind: 'threshold', dimension: 'topic', windowMinutes: 60, threshold: 1 },
        { id: 'x', kind: 'threshold', dimension: 'category', windowMinutes: 60, threshold: 1 },
      ],
      'rule id "x" is used twice',
    ],
  ])('refuses %j naming what is wrong', (content, message) => {
    expect(() => spikeRulesFrom(fileWith(content))).toThrow(message);
  });
});
