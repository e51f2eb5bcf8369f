import type { RepeatOf } from '../feedback/feedback-events';
import type { SpikeDimension } from '../spikes/spike-rule';
import type { ClassificationProposal } from './classification-proposal';

/** Where routing sends a ticket, and why, in words a supervisor can check. */
export interface AutoRoute {
  readonly department: string;
  readonly assignee?: string;
  readonly collaborators: readonly string[];
  readonly reason: string;
}

/**
 * What the intake handler found out before deciding, so that the decision stays pure and a replay
 * never consults the classifier, the views or the routing configuration again.
 */
export interface AutoTriage {
  readonly proposal: ClassificationProposal;
  /** Below this confidence the proposal is only a suggestion and the ticket waits in triage. */
  readonly minConfidence: number;
  /** The customer's earlier complaint this one repeats, looked up with the proposed classification. */
  readonly repeatOf?: RepeatOf;
  readonly route?: AutoRoute;
  /** The spike alerts open when the feedback arrived; one on its category or a topic raises its priority. */
  readonly activeSpikes?: readonly ActiveSpike[];
}

export interface ActiveSpike {
  readonly alertNo: number;
  readonly dimension: SpikeDimension;
  readonly value: string;
}

/** Who automatic decisions are recorded as. */
export const AUTO_ACTOR = 'auto';
