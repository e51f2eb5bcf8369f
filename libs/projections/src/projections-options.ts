import type { SlaRules } from '@ledger/domain';

export interface ProjectionsModuleOptions {
  /** Run the projector in this process (the embedded default); a cluster runs it in the worker. */
  readonly runProjector: boolean;
  /** How long a query with `minPosition` waits for the views before giving up. */
  readonly freshnessTimeoutMs: number;
  /** The company's time zone: figures are counted per calendar day there. */
  readonly timeZone: string;
  /** How far back an earlier ticket of the same customer makes a complaint a repeat. */
  readonly repeatWindowDays: number;
  /** The SLA policy and business calendar the due times are computed under. */
  readonly sla: SlaRules;
}

export const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');
