import type { AutoTriage } from '../intake/auto-triage';
import type { SlaDeadline } from '../sla/sla-schedule';
import type { Actor, Compensation, Customer, RepeatOf } from './feedback-events';
import type {
  Category,
  Channel,
  Priority,
  Rating,
  Severity,
  SolutionKind,
  WorkStatus,
} from './feedback-vocabulary';

/**
 * A command carries everything its decision may depend on: who sends it (`by`) and the time it is
 * decided at (`at`, ISO-8601), both supplied by the handler so that the decider stays pure.
 */
type Command<Type extends string, Data> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  by: Actor;
  at: string;
}>;

export type ReceiveFeedback = Command<
  'ReceiveFeedback',
  {
    feedbackId: string;
    /** Allocated by the handler before deciding; see tracking-number. */
    ticketNo: string;
    channel: Channel;
    channelDetail?: string;
    /** When the customer gave the feedback; defaults to `at`, may be earlier for late keying. */
    receivedAt?: string;
    customer?: Customer;
    content: string;
    summary?: string;
    language?: string;
    tags?: readonly string[];
    attachments?: readonly string[];
    externalRef?: string;
    /** Set when the content is too vague to act on: the ticket waits for the customer at once. */
    needsInfo?: { question: string };
    /** Automatic triage, when it is on: what the handler found out for it (see decideAutoTriage). */
    triage?: AutoTriage;
  }
>;

export type Classify = Command<
  'Classify',
  {
    category: Category;
    topics?: readonly string[];
    priority: Priority;
    severity?: Severity;
    reason?: string;
    /**
     * The customer's earlier ticket this complaint repeats, as the handler found it (SPEC §8):
     * recorded in the decision, so a replay counts the same repeats.
     */
    repeatOf?: RepeatOf;
  }
>;

export type Assign = Command<
  'Assign',
  { department: string; assignee?: string; collaborators?: readonly string[]; reason?: string }
>;

export type Acknowledge = Command<'Acknowledge', { note?: string }>;

/** A collaborating department gives the opinion the lead department asked for (SPEC §3). */
export type GiveOpinion = Command<'GiveOpinion', { department: string; opinion: string }>;

export type ReturnAssignment = Command<'ReturnAssignment', { reason: string }>;

export type UpdateProgress = Command<'UpdateProgress', { status?: WorkStatus; note: string }>;

export type RequestInformation = Command<'RequestInformation', { question: string }>;

export type ProvideInformation = Command<'ProvideInformation', { information: string }>;

export type Resolve = Command<
  'Resolve',
  { solution: string; kind: SolutionKind; compensation?: Compensation; rootCause?: string }
>;

export type RecordSatisfaction = Command<
  'RecordSatisfaction',
  { rating: Rating; score?: number; comment?: string }
>;

export type Reopen = Command<'Reopen', { reason: string }>;

export type Close = Command<'Close', { reason?: string }>;

export type Archive = Command<'Archive', { reason?: string }>;

/**
 * Sent by the SLA clock: the deadlines of the ticket's schedule as the handler computed them from
 * the policy and calendar in force (see slaSchedule); those whose time has come are recorded.
 */
export type CheckSla = Command<'CheckSla', { deadlines: readonly SlaDeadline[] }>;

export type FeedbackCommand =
  | ReceiveFeedback
  | Classify
  | Assign
  | Acknowledge
  | GiveOpinion
  | ReturnAssignment
  | UpdateProgress
  | RequestInformation
  | ProvideInformation
  | Resolve
  | RecordSatisfaction
  | Reopen
  | Close
  | Archive
  | CheckSla;

export type FeedbackCommandType = FeedbackCommand['type'];
