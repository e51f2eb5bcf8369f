/**
 * Test support for the feedback decider, imported by specs only: `given`, `when`, `then` as
 * `deciderSpec` makes them, and the sample commands and paths of the process documents.
 */
import { decideFeedback } from '../feedback/decide-feedback';
import { evolveFeedback } from '../feedback/evolve-feedback';
import type { FeedbackCommand, FeedbackCommandType, ReceiveFeedback } from '../feedback/feedback-commands';
import type { FeedbackEvent } from '../feedback/feedback-events';
import type { FeedbackState, Ticket } from '../feedback/feedback-state';
import { deciderSpec } from './decider-spec';
import type { Status } from '../feedback/feedback-vocabulary';

export type CommandOf<T extends FeedbackCommandType> = Extract<FeedbackCommand, { type: T }>;

const ticketSpec = deciderSpec<FeedbackCommand, FeedbackEvent, Ticket>(decideFeedback, evolveFeedback);

export const stateOf = (events: readonly FeedbackEvent[], from: FeedbackState = undefined): FeedbackState =>
  ticketSpec.fold(events, from);

export const given = (...events: FeedbackEvent[]) => ticketSpec.given(...events);

/** The decider's clock in specs: `at(0)` is NOW, `at(-60)` an hour earlier. */
export const NOW = '2023-10-01T08:00:00.000Z';
export const at = (minutes: number): string => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

type Meta = { readonly by?: string; readonly at?: string };

/** A command of the given type, by `agent-wang` at NOW unless told otherwise. */
export function command<T extends FeedbackCommandType>(
  type: T,
  data: CommandOf<T>['data'],
  meta?: Meta,
): CommandOf<T>;
export function command(type: FeedbackCommandType, data: FeedbackCommand['data'], meta: Meta = {}) {
  return { type, data, by: meta.by ?? 'agent-wang', at: meta.at ?? NOW } as FeedbackCommand;
}

type ReceiveData = ReceiveFeedback['data'];

/** The three sample records of the process documents. */
export const SAMPLES = {
  app: {
    feedbackId: 'f0000000-0000-4000-8000-000000000001',
    ticketNo: 'CRM202310010001',
    channel: 'app',
    content: 'APP登錄後頁面加載卡頓',
  },
  web: {
    feedbackId: 'f0000000-0000-4000-8000-000000000002',
    ticketNo: 'CRM202310010002',
    channel: 'web',
    content: '希望增加批量導出功能',
  },
  phone: {
    feedbackId: 'f0000000-0000-4000-8000-000000000003',
    ticketNo: 'CRM202310010003',
    channel: 'phone',
    content: '客服未在24小時內回復',
    customer: { name: '張先生', phone: '13812345678' },
  },
} as const satisfies Record<string, ReceiveData>;

export const receive = (data: ReceiveData = SAMPLES.app, meta?: Meta): ReceiveFeedback =>
  command('ReceiveFeedback', data, { by: 'service-app', ...meta });

/** The events the decider produces for these commands, in order; throws if any is refused. */
export function history(...commands: FeedbackCommand[]): FeedbackEvent[] {
  const events: FeedbackEvent[] = [];
  for (const next of commands) {
    const decision = decideFeedback(next, stateOf(events));
    if (!decision.ok) throw new Error(`${next.type} refused: ${decision.refusal.message}`);
    events.push(...decision.events);
  }
  return events;
}

const step = (minutes: number) => ({ at: at(minutes - 120) });

/** A real command history (APP sample) that leaves the ticket in each status. */
export const PATHS: Readonly<Record<Status, readonly FeedbackCommand[]>> = (() => {
  const received = [receive(SAMPLES.app, step(0))];
  const triaged = [
    ...received,
    command('Classify', { category: 'function_issue', priority: 'P1' }, { by: 'triage-li', ...step(1) }),
  ];
  const assigned = [
    ...triaged,
    command('Assign', { department: 'technology', collaborators: ['product'] }, step(2)),
  ];
  const inProgress = [...assigned, command('Acknowledge', {}, { by: 'dev-li', ...step(3) })];
  const resolved = [
    ...inProgress,
    command('Resolve', { solution: 'fixed the slow login query', kind: 'fix' }, step(4)),
  ];
  const closed = [...resolved, command('Close', {}, step(5))];
  return {
    received,
    triaged,
    assigned,
    in_progress: inProgress,
    pending_test: [
      ...inProgress,
      command('UpdateProgress', { status: 'pending_test', note: 'fix ready' }, step(4)),
    ],
    pending_customer: [
      ...inProgress,
      command('UpdateProgress', { status: 'pending_customer', note: 'please retry' }, step(4)),
    ],
    awaiting_info: [...received, command('RequestInformation', { question: 'which phone model?' }, step(1))],
    resolved,
    closed,
    archived: [...closed, command('Archive', {}, step(6))],
    reopened: [...resolved, command('Reopen', { reason: 'still slow' }, step(5))],
  };
})();

export const reach = (status: Status): FeedbackEvent[] => history(...PATHS[status]);

/** One valid command of each type, for table-driven specs. */
export const SAMPLE_COMMANDS: { readonly [T in FeedbackCommandType]: CommandOf<T> } = {
  ReceiveFeedback: receive(SAMPLES.web),
  Classify: command('Classify', { category: 'function_issue', topics: ['performance'], priority: 'P1' }),
  Assign: command('Assign', { department: 'product', assignee: 'pm-zhao' }),
  Acknowledge: command('Acknowledge', { note: 'on it' }),
  GiveOpinion: command('GiveOpinion', {
    department: 'product',
    opinion: 'the export limit is a product decision',
  }),
  ReturnAssignment: command('ReturnAssignment', { reason: 'not our component' }),
  UpdateProgress: command('UpdateProgress', { note: 'investigating' }),
  RequestInformation: command('RequestInformation', { question: 'which app version?' }),
  ProvideInformation: command('ProvideInformation', { information: 'v5.2.1 on Android 14' }),
  Resolve: command('Resolve', { solution: 'cache warmed at login', kind: 'fix' }),
  RecordSatisfaction: command('RecordSatisfaction', { rating: 'satisfied', score: 5 }),
  Reopen: command('Reopen', { reason: 'customer called again' }),
  Close: command('Close', {}),
  Archive: command('Archive', {}),
  CheckSla: command('CheckSla', {
    deadlines: [
      {
        key: 'progress/sample',
        kind: 'progress',
        at: at(-1),
        dueAt: at(-1),
        priority: 'P1',
        since: at(-1441),
      },
    ],
  }),
};

export const COMMAND_TYPES = Object.keys(SAMPLE_COMMANDS) as FeedbackCommandType[];
export type TicketCommandType = Exclude<FeedbackCommandType, 'ReceiveFeedback'>;
export const TICKET_COMMAND_TYPES = COMMAND_TYPES.filter(
  (type): type is TicketCommandType => type !== 'ReceiveFeedback',
);
