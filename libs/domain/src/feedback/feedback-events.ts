import type {
  Category,
  Channel,
  CustomerSegment,
  Priority,
  Rating,
  Sentiment,
  Severity,
  SolutionKind,
  WorkStatus,
} from './feedback-vocabulary';
import type { ClassificationEvidence, ClassificationProposal } from '../intake/classification-proposal';
import { SLA_EVENT_TYPES, type SlaEvent } from './sla-events';

/** Who did it: a person's or service's id, or `auto` for decisions the system made itself. */
export type Actor = string;

export interface Customer {
  readonly id?: string;
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly segment?: CustomerSegment;
}

export interface Compensation {
  /** What was given, e.g. `coupon`, `refund`, `points`. */
  readonly type: string;
  readonly amount?: number;
  readonly currency?: string;
  readonly description?: string;
}

export type DomainEvent<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

export type FeedbackReceived = DomainEvent<
  'FeedbackReceived',
  {
    feedbackId: string;
    ticketNo: string;
    channel: Channel;
    channelDetail?: string;
    receivedAt: string;
    recordedAt: string;
    customer: Customer;
    content: string;
    summary: string;
    language?: string;
    tags: readonly string[];
    attachments: readonly string[];
    externalRef?: string;
  }
>;

export type FeedbackClassified = DomainEvent<
  'FeedbackClassified',
  {
    category: Category;
    topics: readonly string[];
    priority: Priority;
    severity?: Severity;
    by: Actor;
    reason?: string;
    classifiedAt: string;
    /** For an automatic classification (`by: "auto"`): how sure, on what evidence, with which taxonomy. */
    confidence?: number;
    sentiment?: Sentiment;
    evidence?: readonly ClassificationEvidence[];
    taxonomyRevision?: number;
  }
>;

/** The classifier was not sure enough: the ticket waits in triage with the proposal as a suggestion. */
export type ClassificationHeldForTriage = DomainEvent<
  'ClassificationHeldForTriage',
  { proposal: ClassificationProposal; minConfidence: number; by: Actor; heldAt: string }
>;

export const PRIORITY_RAISE_REASONS = ['repeat_complaint', 'vip_customer', 'spike'] as const;
export type PriorityRaiseReason = (typeof PRIORITY_RAISE_REASONS)[number];

/** The priority model (SPEC §2) raised the priority one level, for the reason given. */
export type PriorityRaised = DomainEvent<
  'PriorityRaised',
  { from: Priority; to: Priority; reason: PriorityRaiseReason; detail: string; by: Actor; raisedAt: string }
>;

/** Why a complaint counts as a repeat: an earlier ticket of the same customer in the same category or on a shared topic. */
export type RepeatMatch = 'category' | 'topic';

export interface RepeatOf {
  readonly feedbackId: string;
  readonly ticketNo: string;
  readonly matchedOn: RepeatMatch;
}

export type RepeatComplaintLinked = DomainEvent<
  'RepeatComplaintLinked',
  RepeatOf & { by: Actor; linkedAt: string }
>;

export type FeedbackAssigned = DomainEvent<
  'FeedbackAssigned',
  {
    department: string;
    assignee?: string;
    collaborators: readonly string[];
    by: Actor;
    reason?: string;
    assignedAt: string;
  }
>;

export type AssignmentAcknowledged = DomainEvent<
  'AssignmentAcknowledged',
  { department: string; assignee?: string; by: Actor; note?: string; acknowledgedAt: string }
>;

export type CollaboratorOpinionGiven = DomainEvent<
  'CollaboratorOpinionGiven',
  { department: string; opinion: string; by: Actor; givenAt: string }
>;

export type AssignmentReturned = DomainEvent<
  'AssignmentReturned',
  { department: string; assignee?: string; by: Actor; reason: string; returnedAt: string }
>;

export type ProgressUpdated = DomainEvent<
  'ProgressUpdated',
  { status: WorkStatus; note: string; by: Actor; updatedAt: string }
>;

export type InformationRequested = DomainEvent<
  'InformationRequested',
  { question: string; by: Actor; requestedAt: string }
>;

export type InformationProvided = DomainEvent<
  'InformationProvided',
  { information: string; by: Actor; providedAt: string }
>;

export type FeedbackResolved = DomainEvent<
  'FeedbackResolved',
  {
    solution: string;
    kind: SolutionKind;
    compensation?: Compensation;
    rootCause?: string;
    by: Actor;
    resolvedAt: string;
  }
>;

export type SatisfactionRecorded = DomainEvent<
  'SatisfactionRecorded',
  { rating: Rating; score?: number; comment?: string; by: Actor; recordedAt: string }
>;

export type FeedbackReopened = DomainEvent<
  'FeedbackReopened',
  { reason: string; by: Actor; reopenedAt: string }
>;

export type FeedbackClosed = DomainEvent<'FeedbackClosed', { reason: string; by: Actor; closedAt: string }>;

export type FeedbackArchived = DomainEvent<
  'FeedbackArchived',
  { reason?: string; by: Actor; archivedAt: string }
>;

export type FeedbackEvent =
  | FeedbackReceived
  | FeedbackClassified
  | ClassificationHeldForTriage
  | PriorityRaised
  | RepeatComplaintLinked
  | FeedbackAssigned
  | AssignmentAcknowledged
  | CollaboratorOpinionGiven
  | AssignmentReturned
  | ProgressUpdated
  | InformationRequested
  | InformationProvided
  | FeedbackResolved
  | SatisfactionRecorded
  | FeedbackReopened
  | FeedbackClosed
  | FeedbackArchived
  | SlaEvent;

export type FeedbackEventType = FeedbackEvent['type'];

export const FEEDBACK_EVENT_TYPES: readonly FeedbackEventType[] = [
  'FeedbackReceived',
  'FeedbackClassified',
  'ClassificationHeldForTriage',
  'PriorityRaised',
  'RepeatComplaintLinked',
  'FeedbackAssigned',
  'AssignmentAcknowledged',
  'CollaboratorOpinionGiven',
  'AssignmentReturned',
  'ProgressUpdated',
  'InformationRequested',
  'InformationProvided',
  'FeedbackResolved',
  'SatisfactionRecorded',
  'FeedbackReopened',
  'FeedbackClosed',
  'FeedbackArchived',
  ...SLA_EVENT_TYPES,
];

const knownEventTypes = new Set<string>(FEEDBACK_EVENT_TYPES);

/** Reads a stored event as a feedback event; events of types this version does not know give undefined. */
export function asFeedbackEvent(stored: {
  readonly type: string;
  readonly data: object;
}): FeedbackEvent | undefined {
  return knownEventTypes.has(stored.type)
    ? ({ type: stored.type, data: stored.data } as FeedbackEvent)
    : undefined;
}
