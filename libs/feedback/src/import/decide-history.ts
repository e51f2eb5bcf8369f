import {
  decideFeedback,
  evolveFeedback,
  type Category,
  type FeedbackCommand,
  type FeedbackEvent,
  type FeedbackState,
  type SolutionKind,
  type Status,
} from '@ledger/domain';
import type { HistoricalTicket } from './historical-ticket';
import type { ImportField, RowProblem } from './import-fields';

/** Who an imported event says did it; the file and row are in its metadata. */
export const IMPORT_ACTOR = 'import';

export interface HistoryStep {
  readonly commandType: FeedbackCommand['type'];
  readonly events: readonly FeedbackEvent[];
}

export type HistoryDecision =
  | { readonly ok: true; readonly steps: readonly HistoryStep[] }
  | { readonly ok: false; readonly problem: RowProblem };

export interface HistoryFacts {
  readonly feedbackId: string;
  /** The lead department the routing configuration gives a category. */
  readonly departmentOf: (category: Category) => string;
}

const WORKED: readonly Status[] = ['in_progress', 'pending_test', 'pending_customer'];
const RESOLVED: readonly Status[] = ['resolved', 'closed', 'archived', 'reopened'];

/** The record has no solution kind: the one a category's answers usually are. */
const kindOf = (category: Category | undefined): SolutionKind =>
  category === 'suggestion'
    ? 'planned'
    : category === 'inquiry' || category === 'praise'
      ? 'information'
      : 'fix';

/**
 * The commands a live ticket would have gone through to reach the row's status, each decided by
 * the feedback decider at the time the row gives it, so that imported history is made of the same
 * events as live work. The record has no first-response time: a resolved ticket is acknowledged
 * when it was resolved (the first response the record proves), an open one when it was submitted.
 */
export function decideHistory(history: HistoricalTicket, facts: HistoryFacts): HistoryDecision {
  const { status, submittedAt, category, priority, handler, solution, satisfaction } = history;
  const by = IMPORT_ACTOR;
  const resolvedAt = history.resolvedAt ?? submittedAt;
  const at = (time: string, command: DistributiveOmit<FeedbackCommand, 'by' | 'at'>) =>
    ({ ...command, by, at: time }) as FeedbackCommand;
  const commands: [ImportField, FeedbackCommand][] = [
    [
      'submittedAt',
      at(submittedAt, {
        type: 'ReceiveFeedback',
        data: {
          feedbackId: facts.feedbackId,
          ticketNo: history.ticketNo,
          channel: history.channel,
          receivedAt: submittedAt,
          customer: history.customer ? { name: history.customer } : undefined,
          content: history.summary,
        },
      }),
    ],
  ];
  if (category && priority && status !== 'received') {
    commands.push(['category', at(submittedAt, { type: 'Classify', data: { category, priority } })]);
    if (status !== 'triaged') {
      const department = facts.departmentOf(category);
      commands.push([
        'handler',
        at(submittedAt, { type: 'Assign', data: { department, assignee: handler } }),
      ]);
    }
  }
  if (WORKED.includes(status) || RESOLVED.includes(status)) {
    commands.push([
      'handler',
      at(RESOLVED.includes(status) ? resolvedAt : submittedAt, { type: 'Acknowledge', data: {} }),
    ]);
  }
  if (status === 'pending_test' || status === 'pending_customer') {
    commands.push([
      'progress',
      at(submittedAt, { type: 'UpdateProgress', data: { status, note: `imported as ${status}` } }),
    ]);
  }
  if (solution && RESOLVED.includes(status)) {
    commands.push([
      'solution',
      at(resolvedAt, { type: 'Resolve', data: { solution, kind: kindOf(category) } }),
    ]);
  }
  if (satisfaction) {
    commands.push([
      'satisfaction',
      at(resolvedAt, { type: 'RecordSatisfaction', data: { rating: satisfaction } }),
    ]);
  } else if (status === 'closed' || status === 'archived') {
    commands.push(['progress', at(resolvedAt, { type: 'Close', data: {} })]);
  }
  if (status === 'archived' && history.archivedAt) {
    commands.push(['archivedAt', at(history.archivedAt, { type: 'Archive', data: {} })]);
  }
  return decideAll(commands);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function decideAll(commands: readonly [ImportField, FeedbackCommand][]): HistoryDecision {
  const steps: HistoryStep[] = [];
  let state: FeedbackState = undefined;
  for (const [field, command] of commands) {
    const decision = decideFeedback(command, state);
    if (!decision.ok) return { ok: false, problem: { field, reason: decision.refusal.message } };
    state = decision.events.reduce(evolveFeedback, state);
    steps.push({ commandType: command.type, events: decision.events });
  }
  return { ok: true, steps };
}
