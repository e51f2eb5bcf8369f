import { Query } from '@nestjs/cqrs';
import type { RepeatRow, SatisfactionRow } from '../figures/figure-reports.query';
import type { Overview } from '../figures/overview.query';
import type { TimelinessRow } from '../figures/timeliness.query';
import type { ProblemEffectLine } from './problem-effects';
import type { SatisfactionTrendPoint } from './satisfaction-trend';

export interface ReportPeriod {
  readonly kind: 'weekly' | 'monthly';
  /** `2023-W40` or `2023-10`. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

/** The weekly or monthly report of SPEC §8: every figure for one week or month. */
export interface PeriodReport {
  readonly period: ReportPeriod;
  readonly overview: Overview;
  readonly timelinessByPriority: TimelinessRow[];
  readonly p1ResolutionRate: number | null;
  readonly satisfaction: SatisfactionRow[];
  /** Satisfaction day by day through a week, ISO week by ISO week through a month. */
  readonly satisfactionTrend: SatisfactionTrendPoint[];
  readonly satisfactionByDepartment: SatisfactionRow[];
  readonly repeatComplaints: RepeatRow;
  /** The effect checks of problems whose corrective actions were completed by the period's end (SPEC §9). */
  readonly problems: ProblemEffectLine[];
}

export class PeriodReportQuery extends Query<PeriodReport> {
  constructor(
    readonly period: ReportPeriod,
    readonly asOf: Date,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}
