import { Query } from '@nestjs/cqrs';
import type { Dimension } from '../../views/figures/ticket-contributions';
import type { Period } from './period';

export interface RangeCriteria {
  /** First and last day, `YYYY-MM-DD`, in the company's time zone. */
  readonly from: string;
  readonly to: string;
  readonly period: Period;
  readonly minPosition?: bigint;
}

export interface RepeatRow {
  readonly period: string;
  readonly complaints: number;
  readonly repeats: number;
  /** repeats / complaints, or null without complaints. */
  readonly rate: number | null;
}

export interface RepeatComplaintsReport extends Omit<RangeCriteria, 'minPosition'> {
  readonly rows: RepeatRow[];
  readonly total: RepeatRow;
}

/** Repeated complaints / all complaints, by the period the complaint was received in. */
export class RepeatComplaintsQuery extends Query<RepeatComplaintsReport> {
  constructor(readonly criteria: RangeCriteria) {
    super();
  }
}

export interface SatisfactionRow {
  readonly period: string;
  readonly value: string;
  readonly rated: number;
  readonly satisfied: number;
  readonly basically_satisfied: number;
  readonly dissatisfied: number;
  /** (satisfied + basically satisfied) / rated, or null without ratings. */
  readonly rate: number | null;
  readonly averageScore: number | null;
}

export interface SatisfactionReport extends Omit<RangeCriteria, 'minPosition'> {
  readonly by: Dimension;
  readonly rows: SatisfactionRow[];
  readonly totals: SatisfactionRow[];
}

/** The distribution of ratings and the satisfaction rate, by the period the rating was given in. */
export class SatisfactionQuery extends Query<SatisfactionReport> {
  constructor(readonly criteria: RangeCriteria & { readonly by: Dimension }) {
    super();
  }
}
