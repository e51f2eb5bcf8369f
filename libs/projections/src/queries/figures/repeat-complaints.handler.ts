import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { FIGURES_INTAKE } from '../../views/figures/ticket-contributions';
import { ViewFreshness } from '../view-freshness';
import { countersAt, readBuckets } from './figure-buckets';
import { RepeatComplaintsQuery, type RepeatComplaintsReport, type RepeatRow } from './figure-reports.query';
import { periodOf } from './period';
import { ratio } from './ratio';

const row = (period: string, complaints: number, repeats: number): RepeatRow => ({
  period,
  complaints,
  repeats,
  rate: ratio(repeats, complaints),
});

@QueryHandler(RepeatComplaintsQuery)
export class RepeatComplaintsHandler implements IQueryHandler<RepeatComplaintsQuery, RepeatComplaintsReport> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: RepeatComplaintsQuery): Promise<RepeatComplaintsReport> {
    const { minPosition, ...report } = criteria;
    await this.freshness.require(minPosition);
    const periods = new Map<string, { complaints: number; repeats: number }>();
    const buckets = await readBuckets(this.views, FIGURES_INTAKE, criteria.from, criteria.to, [
      'category.complaint',
    ]);
    for (const bucket of buckets) {
      const counts = countersAt(bucket, 'category', 'complaint');
      const label = periodOf(bucket.day, criteria.period);
      const sums = periods.get(label) ?? { complaints: 0, repeats: 0 };
      sums.complaints += (counts.received as number | undefined) ?? 0;
      sums.repeats += (counts.repeat as number | undefined) ?? 0;
      periods.set(label, sums);
    }
    const rows = [...periods.entries()].map(([period, s]) => row(period, s.complaints, s.repeats));
    const complaints = rows.reduce((n, r) => n + r.complaints, 0);
    const repeats = rows.reduce((n, r) => n + r.repeats, 0);
    return { ...report, rows, total: row('total', complaints, repeats) };
  }
}
