import {
  evolveFeedback,
  occurredAt,
  type FeedbackEvent,
  type FeedbackState,
  type Status,
} from '@ledger/domain';
import { decideHistory, IMPORT_ACTOR } from './decide-history';
import type { HistoricalTicket } from './historical-ticket';
import { ARCHIVED_TICKET } from './testing/sample-history';

const submitted = ARCHIVED_TICKET.submittedAt;
const resolvedAt = '2023-10-10T03:15:00.000Z';
const base: HistoricalTicket = {
  ...ARCHIVED_TICKET,
  status: 'in_progress',
  solution: undefined,
  resolvedAt: undefined,
  satisfaction: undefined,
  archivedAt: undefined,
};
const resolved: HistoricalTicket = { ...base, status: 'resolved', solution: '修复导出接口超时', resolvedAt };
const facts = { feedbackId: 'f-1', departmentOf: () => 'technology' };

function decided(history: HistoricalTicket) {
  const decision = decideHistory(history, facts);
  if (!decision.ok) throw new Error(decision.problem.reason);
  const events = decision.steps.flatMap((step) => step.events);
  const ticket = events.reduce<FeedbackState>(evolveFeedback, undefined);
  return {
    commands: decision.steps.map((step) => step.commandType),
    events: events.map((event: FeedbackEvent) => `${event.type} ${occurredAt(event)}`),
    ticket,
  };
}

describe('decideHistory', () => {
  it('receives a ticket at its submit time, keeping its tracking number, by the import actor', () => {
    const { commands, ticket } = decided({
      ...base,
      status: 'received',
      category: undefined,
      priority: undefined,
    });
    expect(commands).toEqual(['ReceiveFeedback']);
    expect(ticket).toMatchObject({
      id: 'f-1',
      ticketNo: 'CRM202310090001',
      status: 'received',
      receivedAt: submitted,
      customer: { name: '张三' },
      content: '导出报表时提示失败',
      summary: '导出报表时提示失败',
    });
  });

  it('classifies and routes at the submit time, and an open ticket is acknowledged then', () => {
    const { events, ticket } = decided(base);
    expect(events).toEqual([
      `FeedbackReceived ${submitted}`,
      `FeedbackClassified ${submitted}`,
      `FeedbackAssigned ${submitted}`,
      `AssignmentAcknowledged ${submitted}`,
    ]);
    expect(ticket?.classification).toMatchObject({
      category: 'function_issue',
      priority: 'P2',
      by: IMPORT_ACTOR,
    });
    expect(ticket?.assignment).toMatchObject({
      department: 'technology',
      assignee: 'li.na',
      by: IMPORT_ACTOR,
    });
  });

  it('leaves a triaged ticket unassigned, and assigns to the department alone when there is no handler', () => {
    expect(decided({ ...base, handler: undefined, status: 'triaged' }).commands).toEqual([
      'ReceiveFeedback',
      'Classify',
    ]);
    const queued = decided({ ...base, handler: undefined, status: 'assigned' });
    expect(queued.ticket?.status).toBe('assigned');
    expect(queued.ticket?.assignment?.assignee).toBeUndefined();
  });

  it('records a work status it waited in as a progress update', () => {
    const waiting = decided({ ...base, status: 'pending_customer' });
    expect(waiting.commands.slice(-1)).toEqual(['UpdateProgress']);
    expect(waiting.ticket?.lastProgress).toEqual({
      status: 'pending_customer',
      note: 'imported as pending_customer',
      at: submitted,
    });
  });

  it('acknowledges a resolved ticket when it was resolved, the first response the record proves', () => {
    const { events, ticket } = decided(resolved);
    expect(events.slice(3)).toEqual([
      `AssignmentAcknowledged ${resolvedAt}`,
      `FeedbackResolved ${resolvedAt}`,
    ]);
    expect(ticket?.sla.respondedAt).toBe(resolvedAt);
    expect(ticket?.resolution).toMatchObject({ solution: '修复导出接口超时', kind: 'fix', by: IMPORT_ACTOR });
  });

  it('gives the solution the kind its category usually has', () => {
    const kind = (category: HistoricalTicket['category']) =>
      decided({ ...resolved, category }).ticket?.resolution?.kind;
    expect([kind('suggestion'), kind('inquiry'), kind('praise'), kind('complaint')]).toEqual([
      'planned',
      'information',
      'information',
      'fix',
    ]);
  });

  it('closes or reopens by the rating, closes without one when the row says so, and archives', () => {
    const statuses: [Partial<HistoricalTicket>, Status, string[]][] = [
      [{ status: 'closed', satisfaction: 'satisfied' }, 'closed', ['RecordSatisfaction']],
      [{ status: 'reopened', satisfaction: 'dissatisfied' }, 'reopened', ['RecordSatisfaction']],
      [{ status: 'closed' }, 'closed', ['Close']],
      [
        { status: 'archived', satisfaction: 'basically_satisfied', archivedAt: '2023-10-11T16:00:00.000Z' },
        'archived',
        ['RecordSatisfaction', 'Archive'],
      ],
      [{ status: 'archived', archivedAt: '2023-10-11T16:00:00.000Z' }, 'archived', ['Close', 'Archive']],
    ];
    for (const [row, status, last] of statuses) {
      const history = decided({ ...resolved, ...row });
      expect(history.ticket?.status).toBe(status);
      expect(history.commands.slice(5)).toEqual(last);
    }
    const archived = decided({ ...resolved, status: 'archived', archivedAt: '2023-10-11T16:00:00.000Z' });
    expect(archived.events.slice(-2)).toEqual([
      `FeedbackClosed ${resolvedAt}`,
      'FeedbackArchived 2023-10-11T16:00:00.000Z',
    ]);
  });

  it('reports a refusal of the decider against the column of the command refused', () => {
    expect(decideHistory({ ...base, submittedAt: '1999-12-31T00:00:00.000Z' }, facts)).toEqual({
      ok: false,
      problem: {
        field: 'submittedAt',
        reason: 'receivedAt 1999-12-31T00:00:00.000Z is before 2000-01-01T00:00:00Z',
      },
    });
  });
});
