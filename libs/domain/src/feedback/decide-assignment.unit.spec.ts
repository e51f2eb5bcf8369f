import { NOW, PATHS, SAMPLES, at, command, given, history, reach, receive } from '../testing/given-when-then';

const triagedPhone = history(
  receive(SAMPLES.phone, { at: at(-60) }),
  command('Classify', { category: 'complaint', priority: 'P2', severity: 'general' }, { at: at(-50) }),
);
const assignedToTechnology = history(...PATHS.triaged, command('Assign', { department: 'technology' }));

describe('Assign', () => {
  it('routes the triaged APP sample to the Technology department only', () => {
    const ticket = given(...reach('triaged'))
      .when(command('Assign', { department: 'technology', reason: 'function_issue' }, { by: 'auto' }))
      .then({
        type: 'FeedbackAssigned',
        data: {
          department: 'technology',
          collaborators: [],
          by: 'auto',
          reason: 'function_issue',
          assignedAt: NOW,
        },
      });
    expect(ticket.status).toBe('assigned');
    expect(ticket.assignment).toEqual({
      department: 'technology',
      collaborators: [],
      by: 'auto',
      assignedAt: NOW,
    });
  });

  it('routes the phone complaint to a supervisor with collaborators, deduplicated', () => {
    const ticket = given(...triagedPhone)
      .when(
        command('Assign', {
          department: 'customer_service',
          assignee: 'supervisor-chen',
          collaborators: ['logistics', 'technology', 'logistics'],
        }),
      )
      .then({
        type: 'FeedbackAssigned',
        data: {
          department: 'customer_service',
          assignee: 'supervisor-chen',
          collaborators: ['logistics', 'technology'],
          by: 'agent-wang',
          assignedAt: NOW,
        },
      });
    expect(ticket.assignment).toMatchObject({
      assignee: 'supervisor-chen',
      collaborators: ['logistics', 'technology'],
    });
  });

  it('refuses the lead department as its own collaborator: LeadDepartmentAsCollaborator', () => {
    const refusal = given(...triagedPhone)
      .when(
        command('Assign', {
          department: 'customer_service',
          collaborators: ['logistics', 'customer_service'],
        }),
      )
      .thenRefused({ rule: 'LeadDepartmentAsCollaborator', kind: 'rule_violated' });
    expect(refusal.message).toContain('customer_service');
  });

  it.each([
    ['the same department only', { department: 'technology' }],
    ['the same department with an empty collaborator list', { department: 'technology', collaborators: [] }],
  ])('refuses assigning an assigned ticket to %s again: AlreadyAssigned', (_, data) => {
    const refusal = given(...assignedToTechnology)
      .when(command('Assign', data))
      .thenRefused({ rule: 'AlreadyAssigned', kind: 'rule_violated' });
    expect(refusal.message).toContain('technology');
  });

  it('refuses repeating the assignment of a ticket already being worked: AlreadyAssigned', () => {
    const working = history(
      ...PATHS.triaged,
      command('Assign', { department: 'technology', assignee: 'dev-wang' }),
      command('Acknowledge', {}),
    );
    given(...working)
      .when(command('Assign', { department: 'technology', assignee: 'dev-wang' }))
      .thenRefused('AlreadyAssigned');
  });

  it('refuses the same assignee and collaborators in another order: AlreadyAssigned', () => {
    const first = command('Assign', {
      department: 'product',
      assignee: 'pm-zhao',
      collaborators: ['design', 'data'],
    });
    const refusal = given(...history(...PATHS.triaged, first))
      .when(
        command('Assign', { department: 'product', assignee: 'pm-zhao', collaborators: ['data', 'design'] }),
      )
      .thenRefused('AlreadyAssigned');
    expect(refusal.message).toContain('pm-zhao in product');
  });

  it.each([
    ['another assignee', { department: 'technology', assignee: 'dev-li' }],
    ['another department', { department: 'product' }],
    ['an added collaborator', { department: 'technology', collaborators: ['product'] }],
  ])('reassigns an assigned ticket to %s', (_, data) => {
    const ticket = given(...assignedToTechnology)
      .when(command('Assign', data))
      .then({
        type: 'FeedbackAssigned',
        data: { collaborators: [], by: 'agent-wang', assignedAt: NOW, ...data },
      });
    expect(ticket).toMatchObject({ status: 'assigned', assignment: data });
  });

  it('moves a ticket in progress back to assigned under its new owner, awaiting a new acknowledgement', () => {
    const ticket = given(...reach('in_progress'))
      .when(command('Assign', { department: 'technology', assignee: 'dev-zhou', reason: 'dev-li on leave' }))
      .then(expect.objectContaining({ type: 'FeedbackAssigned' }));
    expect(ticket.status).toBe('assigned');
    expect(ticket.assignment).toEqual({
      department: 'technology',
      assignee: 'dev-zhou',
      collaborators: [],
      by: 'agent-wang',
      assignedAt: NOW,
    });
  });

  it('assigns a reopened ticket again', () => {
    const ticket = given(...reach('reopened'))
      .when(command('Assign', { department: 'technology', assignee: 'dev-zhou' }))
      .then(expect.objectContaining({ type: 'FeedbackAssigned' }));
    expect(ticket).toMatchObject({ status: 'assigned', reopenCount: 1 });
  });

  it('refuses to assign an unclassified ticket, saying to classify it first', () => {
    const refusal = given(...reach('received'))
      .when(command('Assign', { department: 'technology' }))
      .thenRefused({ rule: 'AssignNotAllowedWhenReceived', kind: 'illegal_transition', status: 'received' });
    expect(refusal.message).toContain('classify it first');
  });
});

describe('Acknowledge', () => {
  it('lets whoever acknowledges a department-only assignment claim it', () => {
    const ticket = given(...assignedToTechnology)
      .when(command('Acknowledge', { note: '我來處理' }, { by: 'dev-li' }))
      .then({
        type: 'AssignmentAcknowledged',
        data: {
          department: 'technology',
          assignee: 'dev-li',
          by: 'dev-li',
          note: '我來處理',
          acknowledgedAt: NOW,
        },
      });
    expect(ticket.status).toBe('in_progress');
    expect(ticket.assignment).toMatchObject({
      department: 'technology',
      assignee: 'dev-li',
      acknowledgedAt: NOW,
    });
  });

  it('keeps a named assignee', () => {
    const named = history(
      ...PATHS.triaged,
      command('Assign', { department: 'technology', assignee: 'dev-li' }),
    );
    const ticket = given(...named)
      .when(command('Acknowledge', {}, { by: 'dev-li' }))
      .then({
        type: 'AssignmentAcknowledged',
        data: { department: 'technology', assignee: 'dev-li', by: 'dev-li', acknowledgedAt: NOW },
      });
    expect(ticket.assignment?.assignee).toBe('dev-li');
  });

  it('refuses before anyone is assigned', () => {
    const refusal = given(...reach('triaged'))
      .when(command('Acknowledge', {}))
      .thenRefused({
        rule: 'AcknowledgeNotAllowedWhenTriaged',
        kind: 'illegal_transition',
        status: 'triaged',
      });
    expect(refusal.message).toContain('assign it first');
  });

  it('refuses a second acknowledgement', () => {
    given(...reach('in_progress'))
      .when(command('Acknowledge', {}))
      .thenRefused({ rule: 'AcknowledgeNotAllowedWhenInProgress', status: 'in_progress' });
  });
});

describe('ReturnAssignment', () => {
  it('sends an assigned ticket back to triage and clears the assignment', () => {
    const named = history(
      ...PATHS.triaged,
      command('Assign', { department: 'product', assignee: 'pm-zhao' }),
    );
    const ticket = given(...named)
      .when(command('ReturnAssignment', { reason: '屬於技術部' }, { by: 'pm-zhao' }))
      .then({
        type: 'AssignmentReturned',
        data: {
          department: 'product',
          assignee: 'pm-zhao',
          by: 'pm-zhao',
          reason: '屬於技術部',
          returnedAt: NOW,
        },
      });
    expect(ticket.status).toBe('triaged');
    expect(ticket.assignment).toBeUndefined();
    expect(ticket.classification?.category).toBe('function_issue');
  });

  it.each(['in_progress', 'reopened'] as const)('sends a %s ticket back to triage too', (status) => {
    const ticket = given(...reach(status))
      .when(command('ReturnAssignment', { reason: 'cannot handle' }, { by: 'dev-li' }))
      .then({
        type: 'AssignmentReturned',
        data: {
          department: 'technology',
          assignee: 'dev-li',
          by: 'dev-li',
          reason: 'cannot handle',
          returnedAt: NOW,
        },
      });
    expect(ticket).toMatchObject({ status: 'triaged', updatedAt: NOW });
    expect(ticket.assignment).toBeUndefined();
  });

  it('refuses when nothing is assigned', () => {
    given(...reach('triaged'))
      .when(command('ReturnAssignment', { reason: 'no' }))
      .thenRefused({ rule: 'ReturnAssignmentNotAllowedWhenTriaged', kind: 'illegal_transition' });
  });

  it('refuses on a reopened ticket whose history holds no assignment: NotAssigned', () => {
    const [received] = history(receive(SAMPLES.web));
    given(received, {
      type: 'FeedbackReopened',
      data: { reason: 'imported', by: 'migration', reopenedAt: NOW },
    })
      .when(command('ReturnAssignment', { reason: 'not mine' }))
      .thenRefused({ rule: 'NotAssigned', kind: 'illegal_transition', status: 'reopened' });
  });
});
