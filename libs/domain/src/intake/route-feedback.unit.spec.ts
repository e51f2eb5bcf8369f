import { routeFeedback, routeNeeds } from './route-feedback';
import { DEFAULT_ROUTING, type RoutingConfig } from './routing-config';

const routing: RoutingConfig = {
  ...DEFAULT_ROUTING,
  departments: {
    ...DEFAULT_ROUTING.departments,
    technology: {
      supervisor: 'tech-lead',
      agents: [
        { id: 'dev-a', skills: [] },
        { id: 'dev-b', skills: ['payment'] },
        { id: 'dev-c', skills: ['payment'] },
      ],
    },
  },
};

describe('routing', () => {
  it('sends each category to its department (SPEC §3) and complaints to the supervisor', () => {
    expect(routeNeeds(routing, { category: 'function_issue', topics: ['account'] }).department).toBe(
      'technology',
    );
    expect(routeNeeds(routing, { category: 'experience', topics: [] }).department).toBe('product');
    expect(routeNeeds(routing, { category: 'suggestion', topics: [] }).department).toBe('product');
    const complaint = routeNeeds(routing, { category: 'complaint', topics: ['service'] });
    expect(routeFeedback(complaint, [])).toEqual({
      department: 'customer_service',
      assignee: 'customer-service-supervisor',
      collaborators: [],
      reason: 'routed to the customer_service supervisor',
    });
  });

  it('asks the departments owning other topics for an opinion, with the lead department leading', () => {
    const needs = routeNeeds(routing, { category: 'complaint', topics: ['logistics', 'payment', 'service'] });
    expect(needs.collaborators).toEqual(['logistics', 'finance']);
    expect(routeFeedback(needs, []).reason).toBe(
      'routed to the customer_service supervisor, with logistics, finance asked for an opinion',
    );
  });

  it('prefers agents skilled in the topic, then the least open work, then who waited longest', () => {
    const needs = routeNeeds(routing, { category: 'function_issue', topics: ['payment'] });
    expect(needs.candidates).toEqual(['dev-b', 'dev-c']);
    expect(
      routeFeedback(needs, [
        { agent: 'dev-b', open: 4, lastAssignedAt: '2024-01-01T00:00:00Z' },
        { agent: 'dev-c', open: 2, lastAssignedAt: '2024-01-02T00:00:00Z' },
      ]),
    ).toMatchObject({
      assignee: 'dev-c',
      reason: 'routed to technology; dev-c has the least open work (2), with finance asked for an opinion',
    });
    expect(
      routeFeedback(needs, [
        { agent: 'dev-b', open: 2, lastAssignedAt: '2024-01-03T00:00:00Z' },
        { agent: 'dev-c', open: 2, lastAssignedAt: '2024-01-02T00:00:00Z' },
      ]).assignee,
    ).toBe('dev-c');
    expect(routeFeedback(needs, [{ agent: 'dev-c', open: 2 }]).assignee).toBe('dev-b');
  });

  it('falls back to every agent of the department, and to its queue when it has none', () => {
    expect(routeNeeds(routing, { category: 'function_issue', topics: ['account'] }).candidates).toEqual([
      'dev-a',
      'dev-b',
      'dev-c',
    ]);
    const product = routeNeeds(routing, { category: 'suggestion', topics: [] });
    expect(routeFeedback(product, [])).toEqual({
      department: 'product',
      collaborators: [],
      reason: 'routed to the product queue',
    });
  });
});
