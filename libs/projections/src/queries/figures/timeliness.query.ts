import { Query } from '@nestjs/cqrs';
import type { Dimension } from '../../views/figures/ticket-contributions';
import type { HandlingStats } from './minute-stats';
import type { Period } from './period';

export interface TimelinessCriteria {
  /** First and last day, `YYYY-MM-DD`, in the company's time zone. */
  readonly from: string;
  readonly to: string;
  readonly period: Period;
  readonly by: Dimension;
  readonly minPosition?: bigint;
}

export interface TimelinessRow {
  readonly period: string;
  /** The dimension's value (`P1`, `Technology`, …), `all` for the total. */
  readonly value: string;
  readonly response: HandlingStats;
  readonly resolution: HandlingStats;
}

export interface TimelinessReport extends Omit<TimelinessCriteria, 'minPosition'> {
  readonly rows: TimelinessRow[];
  readonly totals: TimelinessRow[];
  /** Of the P1 tickets received in the range, the share resolved so far. */
  readonly p1ResolutionRate: number | null;
}

export class TimelinessQuery extends Query<TimelinessReport> {
  constructor(readonly criteria: TimelinessCriteria) {
    super();
  }
}
