import type { BusinessCalendarConfig, SlaPolicy } from '@ledger/domain';
import type { TimelinessCriteria, TimelinessReport } from '../queries/figures/timeliness.query';

/** What to change of the rules in force: any policy field (the SLA policy file's form) and calendar field. */
export interface WhatIfRules {
  readonly policy?: unknown;
  readonly calendar?: Partial<Omit<BusinessCalendarConfig, 'timeZone'>>;
}

export type WhatIfCriteria = Omit<TimelinessCriteria, 'minPosition'>;

/** How far a replay has come: events replayed, and the share of the log (as it stood at the start) done. */
export interface WhatIfProgress {
  readonly events: number;
  readonly done: number;
}

/** The response and resolution targets a side was measured against. */
export type TargetsOf = Pick<SlaPolicy, 'response' | 'resolution'>;

export interface WhatIfResult {
  /** The live figures, under the rules in force. */
  readonly actual: TimelinessReport & { readonly targets: TargetsOf };
  /** The same figures from a replay of the log under the changed rules. */
  readonly whatIf: TimelinessReport & { readonly targets: TargetsOf };
  /** The log position the replay went up to; the live views had reached it. */
  readonly position: string;
  readonly replayedEvents: number;
}

/** A what-if the rules cannot be built from; the message names the field. */
export class WhatIfRulesError extends Error {
  override readonly name = 'WhatIfRulesError';
}

/** A replay is already running in this process: they are heavy, so one at a time. */
export class WhatIfBusyError extends Error {
  override readonly name = 'WhatIfBusyError';
  constructor() {
    super('a what-if replay is already running; try again when it has finished');
  }
}
