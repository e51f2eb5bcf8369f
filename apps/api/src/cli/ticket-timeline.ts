import { asFeedbackEvent, occurredAt } from '@ledger/domain';
import type { HistoryEntry } from '@ledger/feedback';

type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const quoted = (value: unknown, max = 60): string => {
  const flat = text(value).replace(/\s+/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};

/** What each fact says, in a few words; a type this version does not know shows its data. */
const SAYS: Readonly<Record<string, (data: Data) => string>> = {
  FeedbackReceived: (d) => `received via ${text(d.channel)}: ${quoted(d.summary)}`,
  FeedbackClassified: (d) =>
    `classified ${text(d.category)} ${text(d.priority)}${d.severity ? ` (${text(d.severity)})` : ''}` +
    (Array.isArray(d.topics) && d.topics.length ? ` on ${d.topics.join(', ')}` : ''),
  RepeatComplaintLinked: (d) => `linked as a repeat of ${text(d.ticketNo)} (same ${text(d.matchedOn)})`,
  FeedbackAssigned: (d) =>
    `assigned to ${d.assignee ? `${text(d.assignee)} in ` : ''}${text(d.department)}` +
    (Array.isArray(d.collaborators) && d.collaborators.length ? `, with ${d.collaborators.join(', ')}` : ''),
  AssignmentAcknowledged: (d) => `acknowledged${d.assignee ? ` by ${text(d.assignee)}` : ''}`,
  CollaboratorOpinionGiven: (d) => `${text(d.department)} gave its opinion: ${quoted(d.opinion)}`,
  AssignmentReturned: (d) => `returned to triage: ${quoted(d.reason)}`,
  ProgressUpdated: (d) => `${text(d.status)}: ${quoted(d.note)}`,
  InformationRequested: (d) => `asked the customer: ${quoted(d.question)}`,
  InformationProvided: (d) => `the customer answered: ${quoted(d.information)}`,
  FeedbackResolved: (d) => `resolved (${text(d.kind)}): ${quoted(d.solution)}`,
  SatisfactionRecorded: (d) => `rated ${text(d.rating)}${d.score ? ` ${text(d.score)}/5` : ''}`,
  FeedbackReopened: (d) => `reopened: ${quoted(d.reason)}`,
  FeedbackClosed: (d) => `closed: ${quoted(d.reason)}`,
  FeedbackArchived: () => 'archived',
  SlaWarningRaised: (d) => `warning: the ${text(d.target)} target is due at ${text(d.dueAt)}`,
  SlaBreached: (d) => `breach: the ${text(d.target)} target was due at ${text(d.dueAt)}`,
  TicketEscalated: (d) => `escalated to ${text(d.to)}`,
  CustomerDelayNoticeQueued: (d) => `delay notice queued for the customer (${text(d.channel)})`,
  AcknowledgementOverdue: (d) => `acknowledgement overdue since ${text(d.dueAt)}`,
  CollaboratorOpinionOverdue: (d) => `opinion of ${text(d.department)} overdue since ${text(d.dueAt)}`,
  ProgressUpdateOverdue: (d) => `progress update overdue since ${text(d.dueAt)}`,
  FollowUpDue: (d) => `follow-up visit due by ${text(d.dueAt)}`,
};

const localTime = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** A ticket's history as lines an auditor reads: local time, actor, what happened. */
export function ticketTimeline(history: readonly HistoryEntry[], timeZone: string): string[] {
  const rows = history.map((entry) => {
    const data = entry.data as Data;
    const say = SAYS[entry.type] ?? ((d: Data) => `${entry.type} ${JSON.stringify(d)}`);
    // The time the fact happened (a command's or a late-keyed receipt's), else when it was stored.
    const event = asFeedbackEvent(entry);
    const at = event ? occurredAt(event) : entry.recordedAt;
    return [localTime(at, timeZone), text(entry.metadata.actor ?? 'unknown'), say(data)];
  });
  const width = Math.max(0, ...rows.map(([, actor]) => actor.length));
  return rows.map(([at, actor, says]) => `${at}  ${actor.padEnd(width)}  ${says}`);
}
