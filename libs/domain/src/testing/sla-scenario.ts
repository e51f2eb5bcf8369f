/**
 * Test support for SLA specs: a ticket built by real commands at local Shanghai times, the
 * mainland China calendar of 2023–2024 and the default policy.
 */
import { chinaCalendarConfig } from '../calendar/china-holidays';
import { createBusinessCalendar } from '../calendar/business-calendar';
import type { FeedbackCommand } from '../feedback/feedback-commands';
import type { FeedbackEvent } from '../feedback/feedback-events';
import type { Ticket } from '../feedback/feedback-state';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../sla/sla-policy';
import type { SlaRules } from '../sla/sla-schedule';
import { SAMPLES, command, history, receive, stateOf } from './given-when-then';

export const CHINA_2023_2024 = createBusinessCalendar(chinaCalendarConfig([2023, 2024]));

export const rulesWith = (policy: Partial<SlaPolicy> = {}): SlaRules => ({
  policy: { ...DEFAULT_SLA_POLICY, ...policy },
  calendar: CHINA_2023_2024,
});

/** An instant from a Shanghai wall time, 'YYYY-MM-DD HH:MM'. */
export const sh = (local: string): string => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

type Step = (at: string) => FeedbackCommand;

export const step = {
  receive: (): Step => (at) => receive(SAMPLES.app, { at }),
  classify:
    (priority: 'P1' | 'P2' | 'P3' | 'P4'): Step =>
    (at) =>
      command('Classify', { category: 'function_issue', priority }, { at, by: 'triage-chen' }),
  assign: (): Step => (at) => command('Assign', { department: 'technology', assignee: 'dev-li' }, { at }),
  acknowledge: (): Step => (at) => command('Acknowledge', {}, { at, by: 'dev-li' }),
  progress:
    (status?: 'in_progress' | 'pending_test' | 'pending_customer'): Step =>
    (at) =>
      command('UpdateProgress', { note: 'update', ...(status ? { status } : {}) }, { at, by: 'dev-li' }),
  ask: (): Step => (at) => command('RequestInformation', { question: 'which version?' }, { at }),
  answer: (): Step => (at) => command('ProvideInformation', { information: 'v5.2' }, { at }),
  resolve: (): Step => (at) => command('Resolve', { solution: 'fixed', kind: 'fix' }, { at, by: 'dev-li' }),
  rate: (): Step => (at) => command('RecordSatisfaction', { rating: 'satisfied' }, { at }),
  reopen: (): Step => (at) => command('Reopen', { reason: 'still broken' }, { at }),
};

/** The events of a ticket walked through `[Shanghai time, step]` pairs. */
export const walk = (...steps: [string, Step][]): FeedbackEvent[] =>
  history(...steps.map(([local, make]) => make(sh(local))));

export const ticketAfter = (...steps: [string, Step][]): Ticket => stateOf(walk(...steps)) as Ticket;

type Priority = 'P1' | 'P2' | 'P3' | 'P4';

/** Received and classified at the same Shanghai time. */
export const classifiedAt = (local: string, priority: Priority): [string, Step][] => [
  [local, step.receive()],
  [local, step.classify(priority)],
];

/** Received Monday 2 September 2024 09:00, assigned at 09:10 and acknowledged at 09:20. */
export const acknowledgedMonday = (priority: Priority): [string, Step][] => [
  ...classifiedAt('2024-09-02 09:00', priority),
  ['2024-09-02 09:10', step.assign()],
  ['2024-09-02 09:20', step.acknowledge()],
];
