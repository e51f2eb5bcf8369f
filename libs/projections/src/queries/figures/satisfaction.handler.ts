import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { RATINGS } from '@ledger/domain';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { FIGURES_SATISFACTION } from '../../views/figures/ticket-contributions';
import { ViewFreshness } from '../view-freshness';
import { countersAt, readBuckets } from './figure-buckets';
import { SatisfactionQuery, type SatisfactionReport, type SatisfactionRow } from './figure-reports.query';
import { periodOf } from './period';
import { ratio } from './ratio';

type Tally = { ratings: Record<string, number>; scores: Record<string, number> };

function add(tallies: Map<string, Tally>, key: string, counters: Record<string, unknown>): void {
  const tally = tallies.get(key) ?? { ratings: {}, scores: {} };
  for (const part of ['ratings', 'scores'] as const) {
    const source = (counters[part === 'ratings' ? 'rating' : 'score'] ?? {}) as Record<string, number>;
    for (const [k, n] of Object.entries(source)) tally[part][k] = (tally[part][k] ?? 0) + n;
  }
  tallies.set(key, tally);
}

function rowsOf(tallies: Map<string, Tally>): SatisfactionRow[] {
  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { ratings, scores }]) => {
      const [period, value] = key.split('\u0000');
      const count = (rating: string) => ratings[rating] ?? 0;
      const rated = RATINGS.reduce((n, r) => n + count(r), 0);
      const scored = Object.values(scores).reduce((n, c) => n + c, 0);
      const scoreSum = Object.entries(scores).reduce((n, [s, c]) => n + Number(s) * c, 0);
      return {
        period,
        value,
        rated,
        satisfied: count('satisfied'),
        basically_satisfied: count('basically_satisfied'),
        dissatisfied: count('dissatisfied'),
        rate: ratio(count('satisfied') + count('basically_satisfied'), rated),
        averageScore: scored ? Math.round((scoreSum / scored) * 100) / 100 : null,
      };
    });
}

@QueryHandler(SatisfactionQuery)
export class SatisfactionHandler implements IQueryHandler<SatisfactionQuery, SatisfactionReport> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: SatisfactionQuery): Promise<SatisfactionReport> {
    const { minPosition, ...report } = criteria;
    await this.freshness.require(minPosition);
    const byPeriod = new Map<string, Tally>();
    const total = new Map<string, Tally>();
    const buckets = await readBuckets(this.views, FIGURES_SATISFACTION, criteria.from, criteria.to, [
      criteria.by,
    ]);
    for (const bucket of buckets) {
      const period = periodOf(bucket.day, criteria.period);
      for (const [value, counters] of Object.entries(countersAt(bucket, criteria.by))) {
        add(byPeriod, `${period}\u0000${value}`, counters as Record<string, unknown>);
        add(total, `total\u0000${value}`, counters as Record<string, unknown>);
      }
    }
    return { ...report, rows: rowsOf(byPeriod), totals: rowsOf(total) };
  }
}
