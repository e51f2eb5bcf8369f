export interface ObservabilityOptions {
  /** `/health/ready` fails when the views are further behind the log than this. */
  readonly readyMaxLagSeconds: number;
}

export const OBSERVABILITY_OPTIONS = Symbol('OBSERVABILITY_OPTIONS');
