import type { ClassificationEvidence, ClassificationProposal } from '../intake/classification-proposal';
import type { SlaTrack } from './sla-track';
import type { Actor, Compensation, Customer, RepeatOf } from './feedback-events';
import type {
  Category,
  Channel,
  Priority,
  Rating,
  Sentiment,
  Severity,
  SolutionKind,
  Status,
  WorkStatus,
} from './feedback-vocabulary';

export interface Classification {
  readonly category: Category;
  readonly topics: readonly string[];
  readonly priority: Priority;
  readonly severity?: Severity;
  readonly by: Actor;
  readonly reason?: string;
  readonly classifiedAt: string;
  readonly confidence?: number;
  readonly sentiment?: Sentiment;
  readonly evidence?: readonly ClassificationEvidence[];
  readonly taxonomyRevision?: number;
}

export interface Assignment {
  readonly department: string;
  readonly assignee?: string;
  readonly collaborators: readonly string[];
  readonly by: Actor;
  readonly assignedAt: string;
  readonly acknowledgedAt?: string;
  /** The collaborators' opinions given on this assignment. */
  readonly opinions?: readonly Opinion[];
}

export interface Opinion {
  readonly department: string;
  readonly opinion: string;
  readonly by: Actor;
  readonly givenAt: string;
}

export interface Resolution {
  readonly solution: string;
  readonly kind: SolutionKind;
  readonly compensation?: Compensation;
  readonly rootCause?: string;
  readonly by: Actor;
  readonly resolvedAt: string;
}

export interface Satisfaction {
  readonly rating: Rating;
  readonly score?: number;
  readonly comment?: string;
  readonly recordedAt: string;
}

/** A ticket as its events make it; `undefined` stands for a ticket not yet received. */
export interface Ticket {
  readonly id: string;
  readonly ticketNo: string;
  readonly status: Status;
  readonly channel: Channel;
  readonly channelDetail?: string;
  readonly receivedAt: string;
  readonly customer: Customer;
  readonly content: string;
  readonly summary: string;
  readonly language?: string;
  readonly tags: readonly string[];
  readonly attachments: readonly string[];
  readonly externalRef?: string;
  readonly classification?: Classification;
  /** While in triage after the classifier was not sure enough: what it proposed. */
  readonly suggestedClassification?: ClassificationProposal;
  readonly assignment?: Assignment;
  /** While `awaiting_info`: the question asked and the status to return to once answered. */
  readonly openQuestion?: { readonly question: string; readonly resumeStatus: Status };
  readonly lastProgress?: { readonly status: WorkStatus; readonly note: string; readonly at: string };
  readonly resolution?: Resolution;
  readonly satisfaction?: Satisfaction;
  readonly reopenCount: number;
  /** Set once a complaint is linked to the earlier ticket it repeats. */
  readonly repeatOf?: RepeatOf;
  /** What the SLA clock counts from, and the SLA facts already recorded. */
  readonly sla: SlaTrack;
  readonly updatedAt: string;
}

export type FeedbackState = Ticket | undefined;

export const initialFeedbackState: FeedbackState = undefined;
