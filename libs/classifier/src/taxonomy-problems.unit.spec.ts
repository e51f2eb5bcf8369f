import { DEFAULT_TAXONOMY } from './default-taxonomy';
import { changeTaxonomy } from './taxonomy-events';
import { taxonomyProblems } from './taxonomy-problems';

describe('taxonomy checks', () => {
  it('finds nothing wrong with the shipped taxonomy', () => {
    expect(taxonomyProblems(DEFAULT_TAXONOMY)).toEqual([]);
  });

  it('names unknown sections, missing and unknown keys of the fixed sections, and bad phrases', () => {
    const { priorities: _priorities, ...rest } = DEFAULT_TAXONOMY;
    const problems = taxonomyProblems({
      ...rest,
      categories: { ...DEFAULT_TAXONOMY.categories, rant: { 怒: 1 } },
      severities: { serious: { '': 1 }, minor: { 小问题: 0 } },
      colours: {},
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'taxonomy.colours', reason: expect.stringContaining('is not a taxonomy section') },
        { field: 'taxonomy.priorities', reason: 'must be an object with P1, P2, P4' },
        { field: 'taxonomy.categories.rant', reason: expect.stringContaining('must be one of') },
        { field: 'taxonomy.severities.serious.', reason: 'a phrase must be 1 to 40 characters' },
        { field: 'taxonomy.severities.minor.小问题', reason: 'weight must be a number above 0, up to 10' },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('refuses a taxonomy without topics, or with a topic carrying unknown fields', () => {
    expect(taxonomyProblems({ ...DEFAULT_TAXONOMY, topics: {} })).toEqual([
      { field: 'taxonomy.topics', reason: 'must have 1 to 100 topics' },
    ]);
    expect(
      taxonomyProblems({ ...DEFAULT_TAXONOMY, topics: { vip: { label: 'VIP', phrases: {}, owner: 'x' } } }),
    ).toEqual([{ field: 'taxonomy.topics.vip.owner', reason: 'is not a topic field (label, phrases)' }]);
  });
});

describe('a taxonomy change', () => {
  it('takes the next revision and lists the topics added and removed', () => {
    const { other: _other, ...topics } = DEFAULT_TAXONOMY.topics;
    const change = changeTaxonomy(
      { revision: 3, taxonomy: DEFAULT_TAXONOMY },
      {
        ...DEFAULT_TAXONOMY,
        topics: { ...topics, membership: { label: 'membership', phrases: { 会员卡: 2 } } },
      },
      { reason: 'membership launched', by: 'ops-chen', at: '2023-10-01T01:00:00.000Z' },
    );
    expect(change.data).toMatchObject({
      revision: 4,
      reason: 'membership launched',
      by: 'ops-chen',
      topicsAdded: ['membership'],
      topicsRemoved: ['other'],
    });
  });
});
