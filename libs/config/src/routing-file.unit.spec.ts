import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ROUTING } from '@ledger/domain';
import { loadConfig } from './ledger-config';
import { routingFrom } from './routing-file';

const fileWith = (content: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'routing-')), 'routing.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('LEDGER_ROUTING_FILE', () => {
  it('uses the default routes of SPEC §3 without a file', () => {
    expect(routingFrom(undefined)).toBe(DEFAULT_ROUTING);
    expect(DEFAULT_ROUTING.categories.function_issue.department).toBe('technology');
    expect(DEFAULT_ROUTING.categories.suggestion.department).toBe('product');
    expect(DEFAULT_ROUTING.categories.complaint).toEqual({
      department: 'customer_service',
      toSupervisor: true,
    });
  });

  it('replaces the departments and overrides routes entry by entry', () => {
    const routing = routingFrom(
      fileWith({
        departments: {
          technology: {
            supervisor: 'zhang.wei',
            agents: ['li.na', { id: 'wang.fang', skills: ['payment'] }],
          },
          product: { supervisor: 'chen.jie' },
          customer_service: { supervisor: 'liu.yang', agents: [] },
          logistics: { supervisor: 'zhao.lei' },
          finance: { supervisor: 'sun.li' },
        },
        categories: { praise: { department: 'product' } },
      }),
    );
    expect(routing.departments.technology).toEqual({
      supervisor: 'zhang.wei',
      agents: [
        { id: 'li.na', skills: [] },
        { id: 'wang.fang', skills: ['payment'] },
      ],
    });
    expect(routing.categories.praise).toEqual({ department: 'product', toSupervisor: false });
    expect(routing.categories.inquiry).toEqual(DEFAULT_ROUTING.categories.inquiry);
  });

  it('makes the routing supervisors the escalation targets the SLA policy does not name', () => {
    const config = loadConfig({
      LEDGER_ROUTING_FILE: fileWith({
        departments: {
          technology: { supervisor: 'zhang.wei' },
          product: { supervisor: 'chen.jie' },
          customer_service: { supervisor: 'liu.yang' },
          logistics: { supervisor: 'zhao.lei' },
          finance: { supervisor: 'sun.li' },
        },
      }),
    });
    expect(config.sla.policy.supervisors).toMatchObject({
      technology: 'zhang.wei',
      customer_service: 'liu.yang',
    });
  });

  it.each([
    ['not JSON at all', /must name a readable JSON file/],
    [[1, 2], /must hold a JSON object/],
    [{ departments: { technology: { agents: [] } } }, /departments.technology needs a supervisor/],
    [{ categories: { rant: { department: 'technology' } } }, /categories.rant is not a category/],
    [
      { topicCollaborators: { weather: 'meteorology' } },
      /department "meteorology" is routed to but not defined/,
    ],
    [
      { departments: { technology: { supervisor: 'a', agents: [{ skills: [] }] } } },
      /agents\[0\] must be an agent id/,
    ],
  ])('refuses %j naming what is wrong', (content, message) => {
    expect(() => routingFrom(fileWith(content))).toThrow(message);
  });
});
