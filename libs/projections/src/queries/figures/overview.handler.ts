import { Inject } from '@nestjs/common';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { TICKETS } from '../../views/ticket-document';
import { FIGURES_INTAKE } from '../../views/figures/ticket-contributions';
import { ViewFreshness } from '../view-freshness';
import { countersAt, readBuckets } from './figure-buckets';
import { SatisfactionQuery } from './figure-reports.query';
import { OverviewQuery, type Overview } from './overview.query';
import { ratio } from './ratio';

const HOUR = 3_600_000;
const AGES: [string, number, number][] = [
  ['under 1 day', 0, 24],
  ['1-3 days', 24, 72],
  ['3-7 days', 72, 168],
  ['7-30 days', 168, 720],
  ['over 30 days', 720, Number.POSITIVE_INFINITY],
];

type Sums = Map<string, Record<string, number>>;

/** Adds up `counters[dimension][value][outcome]` over the buckets. */
function sumBy(buckets: Awaited<ReturnType<typeof readBuckets>>, dimension: string): Sums {
  const sums: Sums = new Map();
  for (const bucket of buckets) {
    for (const [value, outcomes] of Object.entries(countersAt(bucket, dimension))) {
      const sum = sums.get(value) ?? {};
      for (const [outcome, n] of Object.entries(outcomes as Record<string, number>))
        sum[outcome] = (sum[outcome] ?? 0) + n;
      sums.set(value, sum);
    }
  }
  return sums;
}

@QueryHandler(OverviewQuery)
export class OverviewHandler implements IQueryHandler<OverviewQuery, Overview> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
    private readonly queries: QueryBus,
  ) {}

  async execute({ criteria }: OverviewQuery): Promise<Overview> {
    const { from, to, asOf } = criteria;
    await this.freshness.require(criteria.minPosition);
    const buckets = await readBuckets(this.views, FIGURES_INTAKE, from, to);
    const all = sumBy(buckets, 'all').get('all') ?? {};
    const received = all.received ?? 0;
    const categories = [...sumBy(buckets, 'category').entries()].sort(
      ([, a], [, b]) => (b.received ?? 0) - (a.received ?? 0),
    );
    const topics = [...sumBy(buckets, 'topic').entries()]
      .map(([topic, s]) => ({ topic, count: s.received ?? 0 }))
      .sort((a, b) => b.count - a.count || (a.topic < b.topic ? -1 : 1))
      .slice(0, 5);
    const satisfaction = await this.queries.execute(
      new SatisfactionQuery({ from, to, period: 'month', by: 'department' }),
    );
    const satisfactionOf = new Map(satisfaction.totals.map((row) => [row.value, row.rate]));
    const departments = [...sumBy(buckets, 'department').entries()]
      .map(([department, s]) => ({
        department,
        received: s.received ?? 0,
        closed: s.closed ?? 0,
        closureRate: ratio(s.closed ?? 0, s.received ?? 0),
        satisfactionRate: satisfactionOf.get(department) ?? null,
      }))
      .sort((a, b) => (a.department < b.department ? -1 : 1));
    return {
      from,
      to,
      asOf: asOf.toISOString(),
      received,
      categoryShare: categories.map(([category, s]) => ({
        category,
        count: s.received ?? 0,
        share: ratio(s.received ?? 0, received),
      })),
      topTopics: topics,
      reopenRate: ratio(all.reopened ?? 0, all.resolved ?? 0),
      backlogByAge: await this.backlog(asOf),
      departments,
    };
  }

  private backlog(asOf: Date): Promise<{ age: string; count: number }[]> {
    const before = (hours: number) => new Date(asOf.getTime() - hours * HOUR).toISOString();
    return Promise.all(
      AGES.map(async ([age, fromHours, toHours]) => ({
        age,
        count: await this.views.count(TICKETS, {
          open: true,
          receivedAt: Number.isFinite(toHours)
            ? { gt: before(toHours), lte: before(fromHours) }
            : { lte: before(fromHours) },
        }),
      })),
    );
  }
}
