import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { RepeatComplaintsQuery, SatisfactionQuery } from '../figures/figure-reports.query';
import { OverviewQuery } from '../figures/overview.query';
import { TimelinessQuery } from '../figures/timeliness.query';
import { ViewFreshness } from '../view-freshness';
import { PeriodReportQuery, type PeriodReport } from './period-report.query';
import { ProblemEffects } from './problem-effects';
import { satisfactionTrend } from './satisfaction-trend';

@QueryHandler(PeriodReportQuery)
export class PeriodReportHandler implements IQueryHandler<PeriodReportQuery, PeriodReport> {
  constructor(
    private readonly queries: QueryBus,
    private readonly freshness: ViewFreshness,
    private readonly problemEffects: ProblemEffects,
  ) {}

  async execute({ period, asOf, minPosition }: PeriodReportQuery): Promise<PeriodReport> {
    await this.freshness.require(minPosition);
    const range = {
      from: period.from,
      to: period.to,
      period: period.kind === 'weekly' ? 'week' : 'month',
    } as const;
    // The trend's step: fine enough to show movement inside the period, coarse enough to count.
    const step = period.kind === 'weekly' ? 'day' : 'week';
    const [overview, timeliness, satisfaction, byDepartment, repeats, problems] = await Promise.all([
      this.queries.execute(new OverviewQuery({ from: period.from, to: period.to, asOf })),
      this.queries.execute(new TimelinessQuery({ ...range, by: 'priority' })),
      this.queries.execute(new SatisfactionQuery({ ...range, period: step, by: 'all' })),
      this.queries.execute(new SatisfactionQuery({ ...range, by: 'department' })),
      this.queries.execute(new RepeatComplaintsQuery(range)),
      this.problemEffects.asOfEndOf(period.to, asOf),
    ]);
    return {
      period,
      overview,
      timelinessByPriority: timeliness.totals,
      p1ResolutionRate: timeliness.p1ResolutionRate,
      satisfaction: satisfaction.totals,
      satisfactionTrend: satisfactionTrend(period.from, period.to, step, satisfaction.rows),
      satisfactionByDepartment: byDepartment.totals,
      repeatComplaints: repeats.total,
      problems,
    };
  }
}
