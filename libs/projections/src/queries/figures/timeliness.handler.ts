import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { FIGURES_INTAKE, FIGURES_TIMELINESS } from '../../views/figures/ticket-contributions';
import { ViewFreshness } from '../view-freshness';
import { countersAt, readBuckets } from './figure-buckets';
import { addCounters, emptySum, statsOf, type CounterSum, type StatCounters } from './minute-stats';
import { periodOf } from './period';
import { ratio } from './ratio';
import {
  TimelinessQuery,
  type TimelinessCriteria,
  type TimelinessReport,
  type TimelinessRow,
} from './timeliness.query';

type Kind = 'response' | 'resolution';
type Merged = Map<string, Record<Kind, CounterSum>>;

function add(merged: Merged, key: string, kind: Kind, counters: StatCounters): void {
  let entry = merged.get(key);
  if (!entry) {
    entry = { response: emptySum(), resolution: emptySum() };
    merged.set(key, entry);
  }
  addCounters(entry[kind], counters);
}

function rowsOf(merged: Merged): TimelinessRow[] {
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, kinds]) => {
      const [period, value] = key.split('\u0000');
      return { period, value, response: statsOf(kinds.response), resolution: statsOf(kinds.resolution) };
    });
}

/** The timeliness figures of the criteria's range, read from the figures view of `views`. */
export async function timelinessReport(
  views: ReadStore,
  criteria: Omit<TimelinessCriteria, 'minPosition'>,
): Promise<TimelinessReport> {
  const byPeriod: Merged = new Map();
  const total: Merged = new Map();
  const parts = [`response.${criteria.by}`, `resolution.${criteria.by}`];
  for (const bucket of await readBuckets(views, FIGURES_TIMELINESS, criteria.from, criteria.to, parts)) {
    const period = periodOf(bucket.day, criteria.period);
    for (const kind of ['response', 'resolution'] as const) {
      for (const [value, counters] of Object.entries(countersAt(bucket, kind, criteria.by))) {
        add(byPeriod, `${period}\u0000${value}`, kind, counters as StatCounters);
        add(total, `total\u0000${value}`, kind, counters as StatCounters);
      }
    }
  }
  let p1Received = 0;
  let p1Resolved = 0;
  for (const bucket of await readBuckets(views, FIGURES_INTAKE, criteria.from, criteria.to, [
    'priority.P1',
  ])) {
    const p1 = countersAt(bucket, 'priority', 'P1');
    p1Received += (p1.received as number | undefined) ?? 0;
    p1Resolved += (p1.resolved as number | undefined) ?? 0;
  }
  return {
    ...criteria,
    rows: rowsOf(byPeriod),
    totals: rowsOf(total),
    p1ResolutionRate: ratio(p1Resolved, p1Received),
  };
}

@QueryHandler(TimelinessQuery)
export class TimelinessHandler implements IQueryHandler<TimelinessQuery, TimelinessReport> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: TimelinessQuery): Promise<TimelinessReport> {
    const { minPosition, ...report } = criteria;
    await this.freshness.require(minPosition);
    return timelinessReport(this.views, report);
  }
}
