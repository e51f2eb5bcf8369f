import type { FeedbackEvent } from '../feedback/feedback-events';
import { NOW, SAMPLES, command, given, history, receive } from '../testing/given-when-then';
import type { AutoTriage } from './auto-triage';
import type { ClassificationProposal } from './classification-proposal';

const proposal = (overrides: Partial<ClassificationProposal> = {}): ClassificationProposal => ({
  category: 'complaint',
  topics: ['logistics'],
  priority: 'P3',
  severity: 'general',
  sentiment: 'negative',
  confidence: 0.9,
  evidence: [{ field: 'category', value: 'complaint', phrase: '还没', weight: 2 }],
  taxonomyRevision: 3,
  ...overrides,
});

const route = {
  department: 'customer_service',
  assignee: 'cs-supervisor',
  collaborators: ['logistics'],
  reason: 'routed to the customer_service supervisor',
};
const triage = (overrides: Partial<AutoTriage> = {}): AutoTriage => ({
  proposal: proposal(),
  minConfidence: 0.5,
  route,
  ...overrides,
});

const classified = (p: ClassificationProposal): FeedbackEvent => ({
  type: 'FeedbackClassified',
  data: {
    category: p.category,
    topics: p.topics,
    priority: p.priority,
    severity: p.severity,
    by: 'auto',
    reason: `classified automatically with confidence ${p.confidence}`,
    classifiedAt: NOW,
    confidence: p.confidence,
    sentiment: p.sentiment,
    evidence: p.evidence,
    taxonomyRevision: p.taxonomyRevision,
  },
});
const assigned: FeedbackEvent = {
  type: 'FeedbackAssigned',
  data: { ...route, by: 'auto', assignedAt: NOW },
};
const receivedOf = (data = SAMPLES.web) => history(receive(data));

describe('ReceiveFeedback with automatic triage', () => {
  it('records the classification with its confidence and evidence, then the route, all by auto', () => {
    const ticket = given()
      .when(receive({ ...SAMPLES.web, triage: triage() }))
      .then(...receivedOf(), classified(proposal()), assigned);
    expect(ticket).toMatchObject({
      status: 'assigned',
      classification: { category: 'complaint', priority: 'P3', by: 'auto', confidence: 0.9 },
      assignment: { department: 'customer_service', assignee: 'cs-supervisor', by: 'auto' },
    });
  });

  it('holds an unsure proposal in triage: the ticket stays received with the proposal as a suggestion', () => {
    const unsure = proposal({ confidence: 0.42 });
    const ticket = given()
      .when(receive({ ...SAMPLES.web, triage: triage({ proposal: unsure }) }))
      .then(...receivedOf(), {
        type: 'ClassificationHeldForTriage',
        data: { proposal: unsure, minConfidence: 0.5, by: 'auto', heldAt: NOW },
      });
    expect(ticket.status).toBe('received');
    expect(ticket.classification).toBeUndefined();
    expect(ticket.suggestedClassification).toEqual(unsure);
  });

  it('links a repeat complaint and raises its priority one level, saying why', () => {
    const repeatOf = { feedbackId: 'f-earlier', ticketNo: 'CRM202309200007', matchedOn: 'category' as const };
    const ticket = given()
      .when(receive({ ...SAMPLES.web, triage: triage({ repeatOf, route: undefined }) }))
      .then(
        ...receivedOf(),
        classified(proposal()),
        { type: 'RepeatComplaintLinked', data: { ...repeatOf, by: 'auto', linkedAt: NOW } },
        {
          type: 'PriorityRaised',
          data: {
            from: 'P3',
            to: 'P2',
            reason: 'repeat_complaint',
            detail: 'repeats CRM202309200007 (same category)',
            by: 'auto',
            raisedAt: NOW,
          },
        },
      );
    expect(ticket.classification?.priority).toBe('P2');
    expect(ticket.repeatOf).toEqual(repeatOf);
  });

  it('raises once per reason and never above P1', () => {
    const vipRepeat = {
      ...SAMPLES.web,
      customer: { id: 'c-1', segment: 'vip' as const },
      triage: triage({
        proposal: proposal({ priority: 'P2' }),
        repeatOf: { feedbackId: 'f-0', ticketNo: 'CRM202309300001', matchedOn: 'topic' as const },
        route: undefined,
      }),
    };
    const events = given().when(receive(vipRepeat)).decisionEvents();
    const raises = events.filter((e) => e.type === 'PriorityRaised').map((e) => e.data);
    expect(raises).toEqual([expect.objectContaining({ from: 'P2', to: 'P1', reason: 'repeat_complaint' })]);

    const vipOnly = {
      ...vipRepeat,
      triage: triage({ proposal: proposal({ priority: 'P4' }), route: undefined }),
    };
    const vipRaise = given()
      .when(receive(vipOnly))
      .decisionEvents()
      .filter((e) => e.type === 'PriorityRaised');
    expect(vipRaise.map((e) => e.data)).toEqual([
      expect.objectContaining({
        from: 'P4',
        to: 'P3',
        reason: 'vip_customer',
        detail: 'the customer is a VIP',
      }),
    ]);
  });

  it('raises for a spike open on the category or on one of the topics, naming the alert', () => {
    const raisesWith = (activeSpikes: AutoTriage['activeSpikes']) =>
      given()
        .when(receive({ ...SAMPLES.web, triage: triage({ activeSpikes, route: undefined }) }))
        .decisionEvents()
        .filter((e) => e.type === 'PriorityRaised')
        .map((e) => e.data);
    expect(raisesWith([{ alertNo: 4, dimension: 'topic', value: 'logistics' }])).toEqual([
      expect.objectContaining({
        from: 'P3',
        to: 'P2',
        reason: 'spike',
        detail: 'spike alert 4: topic logistics is spiking',
      }),
    ]);
    expect(raisesWith([{ alertNo: 5, dimension: 'category', value: 'complaint' }])).toEqual([
      expect.objectContaining({ reason: 'spike', detail: 'spike alert 5: category complaint is spiking' }),
    ]);
    expect(
      raisesWith([
        { alertNo: 6, dimension: 'category', value: 'suggestion' },
        { alertNo: 7, dimension: 'topic', value: 'payment' },
      ]),
    ).toEqual([]);
  });

  it('does not link a repeat for a proposal that is not a complaint', () => {
    const events = given()
      .when(
        receive({
          ...SAMPLES.web,
          triage: triage({
            proposal: proposal({ category: 'inquiry', severity: undefined }),
            repeatOf: { feedbackId: 'f-0', ticketNo: 'CRM202309300001', matchedOn: 'category' },
            route: undefined,
          }),
        }),
      )
      .decisionEvents();
    expect(events.map((e) => e.type)).toEqual(['FeedbackReceived', 'FeedbackClassified']);
  });

  it('classifies but does not route a ticket that already waits for the customer', () => {
    const events = given()
      .when(receive({ ...SAMPLES.web, needsInfo: { question: 'Which order?' }, triage: triage() }))
      .decisionEvents();
    expect(events.map((e) => e.type)).toEqual([
      'FeedbackReceived',
      'InformationRequested',
      'FeedbackClassified',
    ]);
  });

  it('makes a person who overrides an automatic classification say why', () => {
    const events = given()
      .when(receive({ ...SAMPLES.web, triage: triage({ route: undefined }) }))
      .decisionEvents();
    given(...events)
      .when(command('Classify', { category: 'inquiry', priority: 'P3' }))
      .thenRefused({ rule: 'OverrideReasonRequired', kind: 'rule_violated' });
    const overridden = given(...events)
      .when(command('Classify', { category: 'inquiry', priority: 'P3', reason: 'the customer only asks' }))
      .decisionEvents();
    expect(overridden[0]).toMatchObject({
      type: 'FeedbackClassified',
      data: { category: 'inquiry', by: 'agent-wang', reason: 'the customer only asks' },
    });
  });
});
