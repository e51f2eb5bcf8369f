import { Query } from '@nestjs/cqrs';

export interface OverviewCriteria {
  readonly from: string;
  readonly to: string;
  /** The instant the backlog's ages are measured at. */
  readonly asOf: Date;
  readonly minPosition?: bigint;
}

export interface Overview {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** Tickets received in the range. */
  readonly received: number;
  readonly categoryShare: { category: string; count: number; share: number | null }[];
  readonly topTopics: { topic: string; count: number }[];
  /** Of the tickets received in the range and resolved, the share reopened at least once. */
  readonly reopenRate: number | null;
  /** Open tickets now, by time since receipt. */
  readonly backlogByAge: { age: string; count: number }[];
  readonly departments: {
    department: string;
    received: number;
    closed: number;
    closureRate: number | null;
    satisfactionRate: number | null;
  }[];
}

/** The management overview of SPEC §8 for a range of days. */
export class OverviewQuery extends Query<Overview> {
  constructor(readonly criteria: OverviewCriteria) {
    super();
  }
}
